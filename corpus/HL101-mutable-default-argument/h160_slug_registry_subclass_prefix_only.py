"""URL routing: a slug builder prefixes names with self.prefix and, when the
class says track_slugs, remembers each slug in a default set to detect
clashes. BlogSlugs overrides only the prefix; track_slugs stays False from
the base class, so the set is never touched and nothing is retained."""
import itertools


class SlugBuilder:
    prefix = "/"
    track_slugs = False

    def build(self, title, _seen=set()):  # expect: HL101 refuted
        slug = self.prefix + "-".join(title.lower().split())
        if self.track_slugs:
            if slug in _seen:
                raise ValueError("duplicate slug %s" % slug)
            _seen.add(slug)
        return slug


class BlogSlugs(SlugBuilder):
    prefix = "/blog/"


_articles = itertools.count()


def scenario():
    n = next(_articles)
    return BlogSlugs().build("Release notes for version %d" % n)
