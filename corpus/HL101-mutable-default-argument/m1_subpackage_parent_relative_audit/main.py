"""Shop backend: every checkout creates an order through app.api.orders, which audits it in app.audit."""
import itertools

from app.api.orders import create_order

_checkouts = itertools.count()


def scenario():
    n = next(_checkouts)
    return create_order(f"cust-{n}", [f"SKU-{n}"])["customer"]
