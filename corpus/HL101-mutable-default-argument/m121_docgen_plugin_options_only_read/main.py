"""Docs builder: each call renders one page through the page plugins."""
import itertools

from docgen import render_page as render

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    body = [f"# Release {n}", f"## Fixes in {n}", f"Fixed bug {n}[^1].", "## Upgrading"]
    return render(f"release-{n}", body)
