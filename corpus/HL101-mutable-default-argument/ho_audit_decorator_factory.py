"""Audit decorator: every decorated admin action records its calls in one trail."""
import functools
import itertools


def audited(action, trail=[]):  # expect: HL101 confirmed
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            trail.append((action, args))
            return fn(*args, **kwargs)
        return wrapper
    return decorate


@audited("refund")
def refund(order_id, cents):
    return {"order": order_id, "refunded": cents}


@audited("cancel")
def cancel(order_id):
    return {"order": order_id, "status": "cancelled"}


_orders = itertools.count()


def scenario():
    n = next(_orders)
    refund(f"ord-{n}", 100 + n)
