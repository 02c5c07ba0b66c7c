"""Order intake: each webhook creates an order, marks it paid and stores the PSP reference."""
import itertools

from orders import Order

_webhooks = itertools.count()


def scenario():
    n = next(_webhooks)
    order = Order(f"ord-{n:07d}")
    order.set_field("reference", f"psp-{n:x}")
    order.set_field("status", "paid" if n % 3 else "new")
    return order.describe()
