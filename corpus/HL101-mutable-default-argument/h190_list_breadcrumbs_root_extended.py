"""Docs site: a Breadcrumbs trail (a list subclass) starts at the site root
and follows the page's path segments. __init__ first extends the `root=[...]`
default with the segments and only then hands it to list.__init__, which
copies it: the trail is right, but every page's segments stay appended to
the default (and show up in every later trail)."""
import itertools

_pages = itertools.count()


class Breadcrumbs(list):
    def __init__(self, segments, root=["Home"]):  # expect: HL101 confirmed
        root.extend(seg.replace("-", " ").title() for seg in segments)
        super().__init__(root)

    def render(self, sep=" / "):
        return sep.join(self)


def page_trail(path):
    segments = [seg for seg in path.strip("/").split("/") if seg]
    return Breadcrumbs(segments).render()


def scenario():
    n = next(_pages)
    return len(page_trail(f"/guides/release-{n}/upgrading-from-v{n % 7}/"))
