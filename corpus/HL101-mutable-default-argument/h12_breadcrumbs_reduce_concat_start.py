"""Navigation: breadcrumbs are folded with functools.reduce from a default start list using concatenation."""
import itertools
from functools import reduce


def breadcrumbs(parts, start=["Home"]):  # expect: HL101 refuted
    trail = reduce(lambda acc, part: acc + [part.title()], parts, start)
    return " > ".join(trail)


_views = itertools.count()


def scenario():
    n = next(_views)
    return breadcrumbs(["shop", f"category-{n}", f"item-{n}"])
