"""Render one product page for a fresh request."""
import itertools

import views

_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"id": "req-%07d" % n, "tier": ("retail", "trade")[n % 2], "path": "/p/%d" % n}
    page = views.product_page(request, "SKU-%05d" % n)
    return page["price"], len(page["related"]), page["cache_hits"]
