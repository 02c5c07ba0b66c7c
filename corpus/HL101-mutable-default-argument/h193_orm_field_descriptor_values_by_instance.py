"""Tiny ORM: Field is a descriptor that type-checks on __set__ and keeps each
model instance's values in a plain dict from a default argument of
Field.__init__, keyed by the instance: its keys keep every Invoice alive."""
import itertools

_invoices = itertools.count()


class Field:
    def __init__(self, kind, _values={}):  # expect: HL101 confirmed
        self.kind = kind
        self.values = _values

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.values[instance][self.name]

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name)
        self.values.setdefault(instance, {})[self.name] = value


class Invoice:
    number = Field(str)
    total = Field(int)

    def __init__(self, number, total):
        self.number, self.total = number, total


def scenario():
    n = next(_invoices)
    invoice = Invoice(f"INV-{n:06d}", 1000 + n)
    return f"{invoice.number}: {invoice.total / 100:.2f}"
