"""Docs site helper: renders the breadcrumb line shown above each page. The
trail starts from the default list and every ancestor title is added with
`trail = trail + [...]`, which builds a new list and rebinds the local name,
so the default list is never changed."""
import itertools

_pages = itertools.count()


def render_breadcrumbs(ancestors, page_title, trail=[]):  # expect: HL101 refuted
    for title in ancestors:
        trail = trail + [title.strip().title()]
    trail = trail + [page_title]
    return " > ".join(trail)


def scenario():
    n = next(_pages)
    return render_breadcrumbs(["guides", f"release {n}"], f"Upgrading to {n}.0")
