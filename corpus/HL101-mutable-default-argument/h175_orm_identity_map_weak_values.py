"""ORM session: load() consults an identity map so two loads of the same
primary key within a request return the same Customer object. The map is the
`identity_map` default, a WeakValueDictionary: once the request drops the
Customer, its entry vanishes, so the map only holds customers still in use."""
import itertools
import weakref

_requests = itertools.count()


class Customer:
    __slots__ = ("pk", "name", "email", "__weakref__")

    def __init__(self, pk, name, email):
        self.pk, self.name, self.email = pk, name, email


def _fetch_row(pk):
    return f"Customer {pk}", f"customer{pk}@example.com"


def load(pk, fetch=_fetch_row, identity_map=weakref.WeakValueDictionary()):  # expect: HL101 refuted
    obj = identity_map.get(pk)
    if obj is None:
        obj = Customer(pk, *fetch(pk))
        identity_map[pk] = obj
    return obj


def scenario():
    n = next(_requests)
    customer = load(n)
    return customer is load(n), customer.email
