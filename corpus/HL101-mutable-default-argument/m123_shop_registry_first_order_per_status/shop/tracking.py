from shoputil import get_registry


def first_seen(order_id, status):
    """The first order recorded for each status (later ones are ignored)."""
    return get_registry().setdefault(status, order_id)
