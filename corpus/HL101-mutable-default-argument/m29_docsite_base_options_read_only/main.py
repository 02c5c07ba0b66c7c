"""Docs preview service: each request renders one freshly edited page."""
import itertools

from docsite import HtmlRenderer

_edits = itertools.count()


def scenario():
    n = next(_edits)
    page = HtmlRenderer()
    return page.render(f"Release notes {n}", f"Changes in build {n * 3}.")
