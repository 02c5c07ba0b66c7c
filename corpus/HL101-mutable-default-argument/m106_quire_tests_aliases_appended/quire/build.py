"""Rendering: a page becomes HTML; an old slug becomes a redirect alias."""
import html


def add_redirects(page):
    old = page.meta.get("old_slug")
    if old:
        page.meta["aliases"].append(f"/{page.section}/{old}/")
    return page.meta["aliases"]


def build_page(page):
    aliases = add_redirects(page)
    links = "".join(f'<link rel="alternate" href="{a}">' for a in aliases)
    body = html.escape(page.body.strip())
    return (f"<html><head><title>{html.escape(page.title)}</title>{links}"
            f"</head><body class='{page.meta['layout']}'><p>{body}</p></body></html>")
