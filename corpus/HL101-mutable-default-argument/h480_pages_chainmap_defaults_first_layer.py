"""Static site builder: page context is a ChainMap over site defaults and page front matter.

ChainMap writes go to its first mapping. With the defaults first, the per-page
computed values (`<slug>.url`) land in the shared default dict.
"""
import collections
import itertools


def page_context(slug, front_matter, defaults={"site": "Docs", "lang": "en"}):  # expect: HL101 confirmed
    ctx = collections.ChainMap(defaults, front_matter)
    ctx[slug + ".url"] = "/" + ctx["lang"] + "/" + slug + ".html"
    return ctx


def render(slug, title):
    ctx = page_context(slug, {"title": title})
    return "<a href='{}'>{} | {}</a>".format(ctx[slug + ".url"], ctx["title"], ctx["site"])


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render(f"guide-{n}", f"Guide {n}")
