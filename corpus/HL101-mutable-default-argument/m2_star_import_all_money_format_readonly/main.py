"""Invoice renderer: amounts go through format_money from `from moneyfmt import *`; legacy_format is not exported."""
import itertools

from moneyfmt import *  # noqa: F403

_invoices = itertools.count()


def render_lines(lines, currency):
    return [f"{label}: {format_money(cents, currency)}" for label, cents in lines]  # noqa: F405


def scenario():
    n = next(_invoices)
    lines = [(f"Item {n}", n * 137 % 100000), ("Discount", -(n % 500)), ("Shipping", 499)]
    return render_lines(lines, "USD" if n % 2 else "EUR")
