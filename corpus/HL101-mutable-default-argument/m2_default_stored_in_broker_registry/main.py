"""Order service: every order emits an event on the "orders" topic (nothing consumes the backlog)."""
import itertools

from channels import send

_orders = itertools.count()


def scenario():
    n = next(_orders)
    return send("orders", "order.created", {"id": f"ord_{n}", "total": n % 9000})
