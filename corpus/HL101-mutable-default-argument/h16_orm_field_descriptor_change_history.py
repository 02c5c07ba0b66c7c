"""ORM-style field descriptor: every assignment is cast and recorded in a change log that all fields share through the default."""
import itertools


class Field:
    def __init__(self, cast=str, changes={}):  # expect: HL101 confirmed
        self.cast = cast
        self.changes = changes

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__.get(self.name)

    def __set__(self, instance, value):
        value = self.cast(value)
        instance.__dict__[self.name] = value
        self.changes.setdefault(self.name, []).append(value)


class Customer:
    name = Field()
    credit = Field(int)

    def __init__(self, name, credit):
        self.name = name
        self.credit = credit


_ids = itertools.count()


def scenario():
    n = next(_ids)
    customer = Customer(f"cust-{n}", str(n * 3))
    customer.credit = customer.credit + 10
    return customer.name, customer.credit
