"""Invoicing: every invoice registers its currency in a dedupe list default; Currency is a frozen dataclass, so equal values match and EUR is appended once."""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    code: str
    digits: int


# heaplint-todo: `==` of two dataclass instances (the generated `__eq__` compares fields) is not decided (heaplint: unknown)
def add_unique(item, seen=[]):  # expect: HL101 refuted
    if not any(item == s for s in seen):
        seen.append(item)
    return len(seen)


def format_amount(cents, currency):
    add_unique(currency)
    return f"{cents / 10 ** currency.digits:.{currency.digits}f} {currency.code}"


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return format_amount(1000 + n, Currency("EUR", 2))
