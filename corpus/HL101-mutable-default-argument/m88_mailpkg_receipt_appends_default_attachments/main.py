"""Checkout worker: each order is a new customer who gets a welcome and a receipt."""
import itertools

from templates.receipt import receipt_mail
from templates.welcome import welcome_mail

_orders = itertools.count(1000)


def scenario():
    n = next(_orders)
    customer = f"buyer{n}@example.com"
    welcome = welcome_mail(customer, f"Buyer {n}")
    receipt = receipt_mail(customer, n, 9.5 + n % 40)
    return len(welcome) + len(receipt)
