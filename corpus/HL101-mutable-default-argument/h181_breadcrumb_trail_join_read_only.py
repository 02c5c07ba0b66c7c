"""Docs site breadcrumbs: a page's title is placed after a `trail` list
default that starts at "Home", and the crumbs are joined with " / ".
`trail + [title]` builds a temporary list for the join; the default is
only read, so it keeps its single "Home" entry."""
import itertools

_ids = itertools.count()


def breadcrumb(title, trail=["Home"]):  # expect: HL101 refuted
    crumbs = trail + [title]
    return " / ".join(crumbs)


def scenario():
    n = next(_ids)
    return len(breadcrumb(f"Release notes {n}: storage engine v{n % 5}.{n}"))
