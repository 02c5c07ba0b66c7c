"""Toolbar renderer: each page view builds a toolbar panel with a title label."""
import itertools

from uikit import Label, Panel

_views = itertools.count()


def scenario():
    n = next(_views)
    toolbar = Panel(f"toolbar-{n}").add(Label(f"Report #{n}"))
    return toolbar.width()
