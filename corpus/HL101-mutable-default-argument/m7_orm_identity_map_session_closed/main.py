import itertools

import orm
from orm import query


class Customer:
    def __init__(self, id, name, email):
        self.id = id
        self.name = name
        self.email = email


def load_customer_row(pk):
    return {"id": pk, "name": f"Customer {pk}", "email": f"c{pk}@example.com"}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    session = orm.Session(bind="sqlite://")
    customer = query.get(session, Customer, n, load_customer_row)
    customer.email = f"new{n}@example.com"
    session.commit()
    session.close()
    return customer.id
