"""Shipping notices: each scenario() call notifies one new customer.

Mail is always sent; every other notice also goes out by sms or webhook.
"""
import itertools

import notifyhub

_customers = itertools.count(1)
PLANS = (("mail",), ("mail", "sms"), ("mail", "webhook"))


def scenario():
    n = next(_customers)
    return notifyhub.notify(f"user-{n:06d}", f"Order {n} shipped", PLANS[n % 3])
