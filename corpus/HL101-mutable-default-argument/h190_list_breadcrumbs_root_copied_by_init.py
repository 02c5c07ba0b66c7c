"""Docs site: a Breadcrumbs trail (a list subclass) starts at the site root
and follows the page's path segments. __init__ hands the `root=[...]`
default to list.__init__, which copies it into the new trail, and then
extends the trail itself, so the default keeps its single entry."""
import itertools

_pages = itertools.count()


class Breadcrumbs(list):
    def __init__(self, segments, root=["Home"]):  # expect: HL101 refuted
        super().__init__(root)
        self.extend(seg.replace("-", " ").title() for seg in segments)

    def render(self, sep=" / "):
        return sep.join(self)


def page_trail(path):
    segments = [seg for seg in path.strip("/").split("/") if seg]
    return Breadcrumbs(segments).render()


def scenario():
    n = next(_pages)
    return page_trail(f"/guides/release-{n}/upgrading-from-v{n % 7}/")
