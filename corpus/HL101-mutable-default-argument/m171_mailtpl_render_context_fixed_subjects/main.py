"""Shipping notifications: each shipped order gets one e-mail body."""
import itertools

from mailtpl import render

_orders = itertools.count()
SUBJECTS = ("Order $order shipped", "Order $order split in parcels", "Order $order delayed")


def scenario():
    n = next(_orders)
    source = SUBJECTS[n % 3] + ": $total charged to $name"
    return render(source, {"order": n, "total": 10.5 + n, "name": f"customer{n}"})
