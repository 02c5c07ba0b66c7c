"""Payments: Money is a frozen dataclass (value equality, hashable); duplicate charges are detected with a default set of Money values."""
import itertools
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


class ChargeGuard:
    # heaplint-todo: it flows into keys compared by their class's __eq__, which heaplint cannot see (heaplint: unknown)
    def is_duplicate(self, charge, _recent=set()):  # expect: HL101 confirmed
        if charge in _recent:
            return True
        _recent.add(charge)
        return False


_orders = itertools.count()
guard = ChargeGuard()


def scenario():
    n = next(_orders)
    charge = Money(Decimal(n) / 100 + Decimal("9.99"), "EUR")
    return guard.is_duplicate(charge)
