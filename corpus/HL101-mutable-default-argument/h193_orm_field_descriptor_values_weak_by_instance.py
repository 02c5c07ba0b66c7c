"""Tiny ORM: Field keeps each instance's values in a WeakKeyDictionary from a
default argument of Field.__init__, keyed by the instance: an Invoice's entry
goes away when the Invoice is dropped after the request, so it does not grow."""
import itertools
import weakref

_invoices = itertools.count()


class Field:
    def __init__(self, kind, _values=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
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
