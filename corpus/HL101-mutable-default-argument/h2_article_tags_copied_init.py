"""Blog CMS: each article copies the tag default, so add_tag never touches it."""
import itertools


class Article:
    def __init__(self, slug, title, tags=[]):  # expect: HL101 refuted
        self.slug = slug
        self.title = title
        self.tags = list(tags)

    def add_tag(self, tag):
        if tag not in self.tags:
            self.tags.append(tag)
        return self

    def summary(self):
        return f"{self.title} [{', '.join(self.tags[-3:])}]"


_drafts = itertools.count()


def scenario():
    n = next(_drafts)
    article = Article(f"draft-{n}", f"Release notes {n}")
    article.add_tag(f"release-{n}").add_tag("changelog")
    article.summary()
