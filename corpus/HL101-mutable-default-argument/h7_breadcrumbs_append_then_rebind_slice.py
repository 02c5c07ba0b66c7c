"""Web UI: breadcrumbs keep the last five pages; the trim rebinds the local name, the default list is never cut."""
import itertools


def breadcrumbs(page, trail=[]):  # expect: HL101 confirmed
    trail.append(page)
    trail = trail[-5:]
    return " > ".join(trail)


def render_page(n):
    return f"<nav>{breadcrumbs(f'/docs/section-{n}')}</nav>"


_pages = itertools.count()


def scenario():
    render_page(next(_pages))
