import functools


def audited(sale):
    """Reject empty baskets before the till sees them."""

    @functools.wraps(sale)
    def wrapper(basket, *args, **kwargs):
        if not basket:
            raise ValueError("empty basket")
        return sale(basket, *args, **kwargs)

    return wrapper
