"""Handle one checkout: record the cart's events, then project the order total."""
import itertools

import es
from es import projection

_carts = itertools.count()

HANDLERS = {
    "ItemAdded": lambda s, d: dict(s, total=s["total"] + d["price"] * d["qty"], lines=s["lines"] + 1),
    "ItemRemoved": lambda s, d: dict(s, total=s["total"] - d["price"], lines=s["lines"] - 1),
    "CheckedOut": lambda s, d: dict(s, status="paid", paid_at=d["at"]),
}


def scenario():
    n = next(_carts)
    store = es.InMemoryStore("checkout-%d" % n)
    cart = "cart-%06d" % n
    store.append(cart, "ItemAdded", sku="SKU-%d" % n, price=250 + n % 7, qty=2)
    store.append(cart, "ItemAdded", sku="SKU-GIFT", price=99, qty=1)
    store.append(cart, "CheckedOut", at=n)
    store.commit()
    order = projection.replay(store, cart, HANDLERS, {"total": 0, "lines": 0, "status": "open"})
    return order["total"], order["status"]
