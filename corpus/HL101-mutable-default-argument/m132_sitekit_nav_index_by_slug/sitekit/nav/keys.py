"""nav_key(): a page is filed under its own slug, one index entry per page,
so build_nav's default index gains an entry (and keeps the Page) per call."""


def nav_key(page):
    return page.slug
