"""Money values render themselves in templates; format specs are parsed once and cached."""
import itertools
from decimal import Decimal


class Money:
    def __init__(self, amount, currency):
        self.amount = Decimal(amount)
        self.currency = currency

    def __format__(self, spec, _parsed={}):  # expect: HL101 confirmed
        if spec not in _parsed:
            align = spec[:1] if spec[:1] in "<>^" else ">"
            _parsed[spec] = (align, int(spec.lstrip("<>^") or 0))
        align, width = _parsed[spec]
        return format(str(self), f"{align}{width}")

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    price = Money(f"{n}.125", "EUR")
    return f"Total: {price:>{n + 12}}"
