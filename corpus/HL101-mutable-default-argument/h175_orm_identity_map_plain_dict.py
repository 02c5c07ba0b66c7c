"""ORM session: load() consults an identity map so two loads of the same
primary key within a request return the same Customer object. The map is the
`identity_map` default, a plain dict: it holds every Customer ever loaded
strongly, so each request's customer stays in memory after the request."""
import itertools

_requests = itertools.count()


class Customer:
    __slots__ = ("pk", "name", "email", "__weakref__")

    def __init__(self, pk, name, email):
        self.pk, self.name, self.email = pk, name, email


def _fetch_row(pk):
    return f"Customer {pk}", f"customer{pk}@example.com"


def load(pk, fetch=_fetch_row, identity_map={}):  # expect: HL101 confirmed
    obj = identity_map.get(pk)
    if obj is None:
        obj = Customer(pk, *fetch(pk))
        identity_map[pk] = obj
    return obj


def scenario():
    n = next(_requests)
    customer = load(n)
    return customer is load(n), customer.email
