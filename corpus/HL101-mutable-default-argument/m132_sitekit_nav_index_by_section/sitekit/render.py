"""render_page(): nav link plus the themed body for one page."""
from .nav import build_nav
from .theme import wrap


def render_page(page):
    return build_nav(page) + wrap(page.title)
