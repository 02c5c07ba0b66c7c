"""Docs renderer: a page's template context is a ChainMap of the site-wide
settings and the page's own values. ChainMap writes go to its first
mapping, and here that is the `site` default, so the per-heading anchors
written while building the table of contents pile up in the default."""
import collections
import itertools
import re

_pages = itertools.count()


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def page_context(title, headings, site={"site_name": "Handbook", "theme": "light"}):  # expect: HL101 confirmed
    ctx = collections.ChainMap(site, {"title": title})
    for heading in headings:
        ctx["anchor:" + slugify(heading)] = heading
    ctx["toc_size"] = len(headings)
    return ctx


def scenario():
    n = next(_pages)
    headings = ["Install step %d" % n, "Configure %d" % n, "Upgrade from %d" % (n - 1)]
    ctx = page_context("Guide %d" % n, headings)
    return "{site_name} | {title} ({toc_size})".format_map(ctx)
