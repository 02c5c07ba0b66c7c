"""payments: money moving in and out of an order."""
from .transitions import on


@on("new", "pay")
def take_payment(order, amount):
    order.paid += amount
    return "paid" if order.paid >= order.total else "new"


@on("paid", "refund")
def refund(order, amount):
    order.paid -= amount
    return "refunded" if order.paid <= 0 else "paid"
