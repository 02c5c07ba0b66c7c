"""Docs site builder: every page goes through views.render_page with its own slug and title."""
import itertools

from views import render_page

_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render_page(f"page-{n}", title=f"Page {n}")
