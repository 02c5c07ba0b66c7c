"""Static site builder: `render()` layers a page's variables over default
site variables with a ChainMap and collects the page's script tags.
`ChainMap({}, site)` puts a fresh dict in front, so writes, including the
"scripts" list setdefault() creates, land in that per-call layer and the
default is only read."""
import collections
import itertools
import string

_pages = itertools.count()


def render(template, title, slug, site={"site_name": "Acme Docs", "year": "2024"}):  # expect: HL101 refuted
    context = collections.ChainMap({}, site)
    context["title"] = title
    context.setdefault("scripts", []).append(f'<script src="/static/{slug}.js"></script>')
    page = string.Template(template).safe_substitute(context)
    return page, len(context["scripts"])


def scenario():
    n = next(_pages)
    page, scripts = render("$title - $site_name ($year)", f"Page {n}", f"guides/getting-started/part-{n:06d}")
    return len(page) + scripts
