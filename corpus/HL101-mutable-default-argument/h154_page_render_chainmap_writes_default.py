"""Static site builder: `render()` layers a page's variables over default
site variables with a ChainMap and collects the page's script tags.
`ChainMap(site)` has the default dict as its first mapping, so its writes,
including the "scripts" list setdefault() creates, go into the default and
every page's script is appended to it."""
import collections
import itertools
import string

_pages = itertools.count()


def render(template, title, slug, site={"site_name": "Acme Docs", "year": "2024"}):  # expect: HL101 confirmed
    context = collections.ChainMap(site)
    context["title"] = title
    context.setdefault("scripts", []).append(f'<script src="/static/{slug}.js"></script>')
    page = string.Template(template).safe_substitute(context)
    return page, len(context["scripts"])


def scenario():
    n = next(_pages)
    page, scripts = render("$title - $site_name ($year)", f"Page {n}", f"guides/getting-started/part-{n:06d}")
    return len(page) + scripts
