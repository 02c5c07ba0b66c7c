from .record import record


def complete(order_id, total_cents):
    """Mark an order paid and emit the checkout event."""
    status = "paid" if total_cents > 0 else "free"
    record("checkout", {"order": order_id, "total": total_cents, "status": status})
    return status
