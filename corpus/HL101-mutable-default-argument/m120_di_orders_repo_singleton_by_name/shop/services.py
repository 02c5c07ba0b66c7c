"""Order service: asks the container for the process-wide repository.

Without a scope the key is ("orders", None) on every request, so resolve()'s
shared ``cache`` default holds one OrderRepo however many requests arrive.
"""
from . import repos  # noqa: F401  (registers "orders")
from .container import resolve


def place_order(request_id, sku, qty):
    repo = resolve("orders")
    order = {"id": f"ord-{request_id}", "sku": sku, "qty": qty}
    return repo.save(order)
