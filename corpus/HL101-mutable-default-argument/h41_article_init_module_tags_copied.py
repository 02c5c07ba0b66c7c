"""CMS: Article.__init__ defaults `tags` to the module-level TAGS list but copies it with list(tags); tag() appends only to the instance's own list."""
import itertools

TAGS = []


class Article:
    def __init__(self, slug, title, tags=TAGS):  # expect: HL101 refuted
        self.slug = slug
        self.title = title
        self.tags = list(tags)

    def tag(self, *labels):
        for label in labels:
            if label not in self.tags[-4:]:
                self.tags.append(label)
        return self


_articles = itertools.count()


def scenario():
    n = next(_articles)
    article = Article(f"post-{n}", f"Release notes {n}").tag("news", f"v{n}")
    return article.slug, len(article.tags) > 0
