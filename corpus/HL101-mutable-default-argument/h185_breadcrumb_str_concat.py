"""Web pages: a `Breadcrumb` holds the trail of parent page titles passed as
`trail`, exposes it as a tuple, and `__str__` renders "Home > ... > Page".
`__str__` only formats: it builds `self._trail + [self.title]`, a new list,
so rendering the crumbs of pages without a parent trail leaves the default
list empty."""
import itertools

_pages = itertools.count()


class Breadcrumb:
    def __init__(self, title, trail=[]):  # expect: HL101 refuted
        self.title = title
        self._trail = trail

    @property
    def trail(self):
        return tuple(self._trail)

    def __str__(self):
        parts = self._trail + [self.title]
        return " > ".join(parts)


def render_header(order_no):
    crumb = Breadcrumb(f"Order #{order_no:08d} (details and shipping)")
    return f"<nav>{crumb}</nav>"


def scenario():
    return render_header(next(_pages))
