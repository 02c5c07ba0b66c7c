"""Checkout: the charge runs inside nested spans; declines are handled inside them."""
from tracing import trace


class CardDeclined(Exception):
    pass


def charge(order_id, amount):
    with trace(f"charge:{order_id}:{amount}") as path:
        try:
            if amount % 2 == 0:
                raise CardDeclined(f"{path}: declined {amount}")
            return f"{path}: charged {amount}"
        except CardDeclined as exc:
            return f"retry later ({exc})"


def checkout(order_id, amount):
    with trace(f"checkout:{order_id}"):
        return charge(order_id, amount)
