import itertools

from shop.api import views

_ids = itertools.count()


def scenario():
    n = next(_ids)
    request = {"user": f"u{n}", "items": [("SKU-1", 1 + n % 3), ("SKU-2", 2)], "region": "EU"}
    response = views.checkout(request)
    return response["total"], response["ref"]
