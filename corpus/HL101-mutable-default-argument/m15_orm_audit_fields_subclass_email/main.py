import itertools

from orm.models import Customer

_ids = itertools.count()


def scenario():
    n = next(_ids)
    customer = Customer(pk=n, email=f"c{n}@example.com", plan="basic")
    customer.email = f"c{n}@example.org"
    customer.save()
    return customer.pk
