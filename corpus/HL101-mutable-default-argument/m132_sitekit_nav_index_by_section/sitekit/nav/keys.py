"""nav_key(): a page is filed under its section, so the index holds at most
one landing page per section (4) and build_nav's default index stops growing."""


def nav_key(page):
    return page.section
