"""Order export: `to_plain()` turns nested records into JSON-ready data and,
like the json encoder, detects cycles with a set of container ids, each added
before descending and discarded in a `finally`, also when a cycle raises."""
import decimal
import itertools
import json

_orders = itertools.count()


# heaplint-todo: it flows into to_plain() past 4 levels of recursion, which heaplint cannot see (heaplint: unknown)
def to_plain(obj, _markers=set()):  # expect: HL101 refuted
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, decimal.Decimal):
        return str(obj)
    if not isinstance(obj, (dict, list, tuple)):
        raise TypeError("cannot export %s" % type(obj).__name__)
    marker = id(obj)
    if marker in _markers:
        raise ValueError("circular reference in export")
    _markers.add(marker)
    try:
        if isinstance(obj, dict):
            return {str(k): to_plain(v, _markers) for k, v in obj.items()}
        return [to_plain(v, _markers) for v in obj]
    finally:
        _markers.discard(marker)


def scenario():
    n = next(_orders)
    customer = {"id": n, "name": "cust-%d" % n}
    order = {"id": n, "billing": customer, "shipping": customer, "lines": [("A%d" % n, decimal.Decimal("9.50"))]}
    if n % 4 == 0:
        order["lines"].append(order)
    try:
        return json.dumps(to_plain(order), sort_keys=True)
    except ValueError:
        return None
