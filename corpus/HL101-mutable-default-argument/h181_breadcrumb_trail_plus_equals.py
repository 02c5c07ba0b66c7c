"""Docs site breadcrumbs: a page's title is added to a `trail` list
default that starts at "Home", and the crumbs are joined with " / ".
`trail += [title]` extends the default list in place (it is not a
rebinding), so every page ever rendered stays in the shared trail."""
import itertools

_ids = itertools.count()


def breadcrumb(title, trail=["Home"]):  # expect: HL101 confirmed
    trail += [title]
    return " / ".join(trail)


def scenario():
    n = next(_ids)
    return len(breadcrumb(f"Release notes {n}: storage engine v{n % 5}.{n}"))
