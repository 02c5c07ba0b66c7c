"""Dashboard: each scenario() call builds one fresh toolbar button, clicks it, renders it."""
import itertools

from m133_ui_page import build_toolbar

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    html = build_toolbar(f"btn-{n:06d}", f"Save draft {n}")
    assert f"btn-{n:06d}" in html, html
    return len(html)
