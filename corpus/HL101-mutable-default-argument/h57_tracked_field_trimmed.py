"""Typed, change-tracking attributes for a small ORM model layer."""
import itertools

_pk = itertools.count()


class TrackedField:
    def __init__(self, coerce=str, changes=[]):  # expect: HL101 refuted
        self.coerce = coerce
        self.changes = changes

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)

    def __set__(self, obj, value):
        value = self.coerce(value)
        old = getattr(obj, self.attr, None)
        if old != value:
            self.changes.append((self.name, old, value))
            del self.changes[:-64]
        setattr(obj, self.attr, value)


class Customer:
    email = TrackedField()
    credit = TrackedField(coerce=int)

    def __init__(self, email, credit=0):
        self.email = email.strip().lower()
        self.credit = credit


def scenario():
    n = next(_pk)
    customer = Customer(f" User{n}@Example.com ")
    customer.credit = n % 50
    return customer.email, customer.credit
