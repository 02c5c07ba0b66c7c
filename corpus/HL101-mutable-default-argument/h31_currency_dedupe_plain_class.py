"""Invoicing: every invoice registers its currency in a dedupe list default; Currency is a plain class, so each fresh instance compares unequal and is appended."""
import itertools


class Currency:
    def __init__(self, code, digits):
        self.code = code
        self.digits = digits


def add_unique(item, seen=[]):  # expect: HL101 confirmed
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
