"""Point-of-sale cart helpers: `add_line` appends a priced line to a cart's
line list and returns the list. The till's one-tap "add one" button is a
functools.partial that fixes only the quantity, so the lines it adds land
in the default list that every sale shares."""
import functools
import itertools
from decimal import Decimal

_sales = itertools.count()
PRICES = {"espresso": Decimal("2.40"), "croissant": Decimal("1.95"), "water": Decimal("1.10")}


def add_line(sku, qty, note="", lines=[]):  # expect: HL101 confirmed
    if sku not in PRICES:
        raise KeyError("unknown sku %r" % sku)
    lines.append({"sku": sku, "qty": qty, "unit": PRICES[sku], "note": note})
    return lines


def cart_total(lines):
    return sum((line["unit"] * line["qty"] for line in lines), Decimal("0"))


add_one = functools.partial(add_line, qty=1)


def scenario():
    n = next(_sales)
    add_one("espresso", note="table %d" % (n % 12))
    lines = add_one("croissant", note="sale %d" % n)
    return "{:.2f}".format(cart_total(lines[-2:]))
