import itertools

import models

_pks = itertools.count(1)


def scenario():
    pk = next(_pks)
    customer = models.Customer(pk, f"user{pk}@example.com")
    customer.update_email(f" User{pk}@Example.COM ")
    order = models.Order(pk * 10, customer)
    order.set_status("paid")
    return order.status, customer.email
