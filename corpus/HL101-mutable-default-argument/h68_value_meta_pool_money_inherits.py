"""Billing: value objects share equal instances through a metaclass unless a class opts out."""
import itertools
from decimal import Decimal


class ValueMeta(type):
    def __call__(cls, *args, _pool={}):  # expect: HL101 confirmed
        if not cls.interned:
            return super().__call__(*args)
        key = (cls, args)
        if key not in _pool:
            _pool[key] = super().__call__(*args)
        return _pool[key]


class Value(metaclass=ValueMeta):
    interned = True
    __slots__ = ()


class Currency(Value):
    __slots__ = ("code", "places")
    def __init__(self, code, places=2):
        self.code, self.places = code, places


class Money(Value):
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency):
        self.amount = Decimal(amount).quantize(Decimal(1).scaleb(-currency.places))
        self.currency = currency

    def __str__(self):
        return f"{self.amount:,} {self.currency.code}"


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    currency = Currency("JPY", 0) if n % 4 == 0 else Currency("EUR")
    return str(Money(f"{n}.455", currency))
