"""JSON data access: API pages are decoded with an object_pairs_hook (bound
with functools.partial) that interns keys through a default dict, so many
records share one string per field name. The orders feed is keyed by order
id, so the ids are object keys too and every page interns strings for good."""
import functools
import itertools
import json

_pages = itertools.count()


def intern_pairs(pairs, _seen={}):  # expect: HL101 confirmed
    return {_seen.setdefault(key, key): value for key, value in pairs}


loads = functools.partial(json.loads, object_pairs_hook=intern_pairs)


def fetch_orders(page):
    body = json.dumps({"page": page, "orders": {
        "ord-%d" % (page * 10 + i): {"sku": "SKU-%d" % i, "qty": i + 1} for i in range(3)}})
    return loads(body)["orders"]


def scenario():
    n = next(_pages)
    return sum(order["qty"] for order in fetch_orders(n).values())
