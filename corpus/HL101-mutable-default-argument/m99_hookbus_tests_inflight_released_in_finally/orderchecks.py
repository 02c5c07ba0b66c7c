"""Receivers for "order.placed": validation first, then the totals."""


def require_lines(order):
    if not order["lines"]:
        raise ValueError(f"order {order['id']} has no lines")
    return True


def total(order):
    return sum(qty * price for qty, price in order["lines"])
