"""Invoice totals: each invoice amount is converted to euros via `from fx import *`."""
import itertools

from fx import *  # noqa: F403

_invoices = itertools.count()

CODES = ("EUR", "USD", "GBP", "CHF")


def scenario():
    n = next(_invoices)
    return to_euros(n * 1.25 + 0.99, CODES[n % len(CODES)])  # noqa: F405
