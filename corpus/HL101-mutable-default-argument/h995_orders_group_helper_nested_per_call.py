"""Order summary: orders are grouped by customer with a small helper whose
dict default collects the groups. The helper is defined inside summarize(),
so each summary runs a new def and gets a new, empty default dict that is
dropped with the helper."""
import itertools

_days = itertools.count()


def summarize(orders):
    def _group(order, _groups={}):  # expect: HL101 refuted
        _groups.setdefault(order["customer"], []).append(order["id"])
        return _groups

    groups = {}
    for order in orders:
        groups = _group(order)
    return {customer: len(ids) for customer, ids in groups.items() if customer in {o["customer"] for o in orders}}


def scenario():
    n = next(_days)
    orders = [{"id": "o%d-%d" % (n, i), "customer": "c%d" % (n * 2 + i % 2)} for i in range(3)]
    return summarize(orders)
