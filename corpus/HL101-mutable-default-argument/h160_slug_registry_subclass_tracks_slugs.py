"""URL routing: a slug builder prefixes names with self.prefix and, when the
class says track_slugs, remembers each slug in a default set to detect
clashes. BlogSlugs overrides both class attributes and turns tracking on, so
every new article slug is added to the shared set and it keeps growing."""
import itertools


class SlugBuilder:
    prefix = "/"
    track_slugs = False

    def build(self, title, _seen=set()):  # expect: HL101 confirmed
        slug = self.prefix + "-".join(title.lower().split())
        if self.track_slugs:
            if slug in _seen:
                raise ValueError("duplicate slug %s" % slug)
            _seen.add(slug)
        return slug


class BlogSlugs(SlugBuilder):
    prefix = "/blog/"
    track_slugs = True


_articles = itertools.count()


def scenario():
    n = next(_articles)
    return BlogSlugs().build("Release notes for version %d" % n)
