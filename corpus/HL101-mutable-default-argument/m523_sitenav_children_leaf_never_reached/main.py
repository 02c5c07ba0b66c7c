"""CMS: publish one new page per call and rebuild its section's menu."""
import itertools

import sitenav

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    tree = {"/": ["/docs", "/blog"], "/docs": ["/docs/intro"]}
    sitenav.add_page(tree, "/blog/%d" % n, "/blog/%d/comments" % n)
    return sitenav.render(tree, "/")
