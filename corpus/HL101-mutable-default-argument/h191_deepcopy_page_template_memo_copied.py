"""CMS page builder: instantiate() clones a page template with copy.deepcopy
so shared sub-blocks are copied once, seeding the memo from the `memo={}`
default. It passes dict(memo), a fresh copy, so everything deepcopy records
goes into that per-call dict and the default stays empty."""
import copy
import itertools

_pages = itertools.count()


def instantiate(template, memo={}):  # expect: HL101 refuted
    page = copy.deepcopy(template, dict(memo))
    page["meta"]["revision"] += 1
    return page


def scenario():
    n = next(_pages)
    footer = {"links": ["/about", "/privacy"], "text": f"page {n}"}
    template = {"slug": f"landing-{n}", "blocks": [{"kind": "hero"}, footer, footer], "meta": {"revision": 0}}
    page = instantiate(template)
    return page["slug"], page["blocks"][1] is page["blocks"][2]
