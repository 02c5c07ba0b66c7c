from shoputil import get_registry


def first_seen(order_id, status):
    """The first status recorded for an order (later ones are ignored)."""
    return get_registry().setdefault(order_id, status)
