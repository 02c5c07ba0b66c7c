"""JSON data access: API pages are decoded with an object_pairs_hook (bound
with functools.partial) that interns keys through a default dict, so many
records share one string per field name. The orders feed is list-shaped:
every record has the same fields, so the intern table stops growing at once."""
import functools
import itertools
import json

_pages = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, intern_pairs grows it; but this application uses intern_pairs as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def intern_pairs(pairs, _seen={}):  # expect: HL101 refuted
    return {_seen.setdefault(key, key): value for key, value in pairs}


loads = functools.partial(json.loads, object_pairs_hook=intern_pairs)


def fetch_orders(page):
    body = json.dumps({"page": page, "orders": [
        {"id": "ord-%d" % (page * 10 + i), "sku": "SKU-%d" % i, "qty": i + 1} for i in range(3)]})
    return loads(body)["orders"]


def scenario():
    n = next(_pages)
    return sum(order["qty"] for order in fetch_orders(n))
