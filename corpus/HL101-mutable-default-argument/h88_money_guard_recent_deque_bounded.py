"""Payments: the duplicate-charge guard keeps only the last 32 Money values, in a default deque with maxlen."""
import collections
import itertools
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


class ChargeGuard:
    def is_duplicate(self, charge, _recent=collections.deque(maxlen=32)):  # expect: HL101 refuted
        if charge in _recent:
            return True
        _recent.append(charge)
        return False


_orders = itertools.count()
guard = ChargeGuard()


def scenario():
    n = next(_orders)
    charge = Money(Decimal(n) / 100 + Decimal("9.99"), "EUR")
    return guard.is_duplicate(charge)
