"""Order endpoints; they audit through a parent-relative import (from ..audit)."""
from ..audit import log_event


def create_order(customer, items):
    order = {"customer": customer, "items": list(items)}
    log_event("order.created", {"customer": customer, "count": len(items)})
    return order
