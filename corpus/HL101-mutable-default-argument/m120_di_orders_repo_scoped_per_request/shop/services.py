"""Order service: asks the container for a repository scoped to the request.

Every request id is a new scope, so resolve() builds a fresh OrderRepo and
keeps it in its shared ``cache`` default under (name, request_id) forever.
"""
from . import repos  # noqa: F401  (registers "orders")
from .container import resolve


def place_order(request_id, sku, qty):
    repo = resolve("orders", scope=request_id)
    order = {"id": f"ord-{request_id}", "sku": sku, "qty": qty}
    return repo.save(order)
