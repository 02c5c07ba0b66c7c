"""Account page: each page view looks up the customer's orders through repository (select is only called there)."""
import itertools

from repository import orders_for_customer

_views = itertools.count()


def scenario():
    n = next(_views)
    sql, params = orders_for_customer(f"cus_{n:08d}", status="paid" if n % 3 else None)
    return len(params)
