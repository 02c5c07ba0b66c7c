"""Checkout worker: each request runs in a unit of work that commits or rolls back."""
import itertools

import ormkit
from shop.repos import CustomerRepository, OrderRepository, ShopSession

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    with ormkit.unit_of_work(ShopSession("sqlite:///:memory:")) as session:
        customer = CustomerRepository(session).get(n)
        order = OrderRepository(session).get(n * 10)
        order.status = "paid"
        session.mark_dirty(order)
    return customer.email, order.status, session.flushed
