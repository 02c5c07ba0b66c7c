"""CMS page builder: instantiate() clones a page template with copy.deepcopy
and hands it the `memo={}` default so shared sub-blocks are copied once.
deepcopy records every copied container in the memo (and keeps the originals
alive in its keep-alive list), so each page built adds its template and copy
to the default."""
import copy
import itertools

_pages = itertools.count()


def instantiate(template, memo={}):  # expect: HL101 confirmed
    page = copy.deepcopy(template, memo)
    page["meta"]["revision"] += 1
    return page


def scenario():
    n = next(_pages)
    footer = {"links": ["/about", "/privacy"], "text": f"page {n}"}
    template = {"slug": f"landing-{n}", "blocks": [{"kind": "hero"}, footer, footer], "meta": {"revision": 0}}
    page = instantiate(template)
    return page["slug"], page["blocks"][1] is page["blocks"][2]
