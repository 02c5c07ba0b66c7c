"""API paginator: a generator records every page it serves in its default list."""
import itertools


def paginate(items, page_size, served=[]):  # expect: HL101 confirmed
    for start in range(0, len(items), page_size):
        page = items[start:start + page_size]
        served.append((id(items), start))
        yield page


def list_orders(customer_id):
    orders = [f"{customer_id}-order-{i}" for i in range(5)]
    return [len(page) for page in paginate(orders, 2)]


_customers = itertools.count()


def scenario():
    list_orders(f"cust-{next(_customers)}")
