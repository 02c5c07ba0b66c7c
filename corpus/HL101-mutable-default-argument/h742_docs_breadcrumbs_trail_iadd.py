"""Docs site helper: renders the breadcrumb line shown above each page. The
trail starts from the default list and every ancestor title is added with
`+=`, which extends that list in place, so each rendered page leaves its
titles in the one list all calls share."""
import itertools

_pages = itertools.count()


def render_breadcrumbs(ancestors, page_title, trail=[]):  # expect: HL101 confirmed
    for title in ancestors:
        trail += [title.strip().title()]
    trail += [page_title]
    return " > ".join(trail)


def scenario():
    n = next(_pages)
    return render_breadcrumbs(["guides", f"release {n}"], f"Upgrading to {n}.0")
