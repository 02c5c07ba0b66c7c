"""Orders API: each request serialises one order to JSON."""
import itertools

from adapters import dumps
from models import Customer, LineItem, Order

_requests = itertools.count()


def scenario():
    n = next(_requests)
    customer = Customer(n % 100, f"buyer{n % 100}@example.com")
    items = [LineItem(f"SKU-{n}-{i}", i + 1, round(9.99 * (i + 1), 2)) for i in range(3)]
    return dumps(Order(n, customer, items, False))
