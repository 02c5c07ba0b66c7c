"""Checkout worker: one request loads a customer and an order, updates, commits."""
import itertools

from shop.repos import CustomerRepository, OrderRepository, ShopSession

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    session = ShopSession("sqlite:///:memory:")
    customers = CustomerRepository(session)
    orders = OrderRepository(session)
    customer = customers.get(n)
    order = orders.get(n * 10)
    order.status = "paid"
    session.mark_dirty(order)
    session.commit()
    return customer.email, order.status
