"""Point-of-sale cart helpers: `add_line` appends a priced line to a cart's
line list and returns the list. The till binds its one-tap "add one" button
with functools.partial at the start of each sale, passing that sale's own
line list, so the default list is never the one that is appended to."""
import functools
import itertools
from decimal import Decimal

_sales = itertools.count()
PRICES = {"espresso": Decimal("2.40"), "croissant": Decimal("1.95"), "water": Decimal("1.10")}


# heaplint-todo: the store at line 16 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def add_line(sku, qty, note="", lines=[]):  # expect: HL101 refuted
    if sku not in PRICES:
        raise KeyError("unknown sku %r" % sku)
    lines.append({"sku": sku, "qty": qty, "unit": PRICES[sku], "note": note})
    return lines


def cart_total(lines):
    return sum((line["unit"] * line["qty"] for line in lines), Decimal("0"))


def start_sale():
    return functools.partial(add_line, qty=1, lines=[])


def scenario():
    n = next(_sales)
    add_one = start_sale()
    add_one("espresso", note="table %d" % (n % 12))
    lines = add_one("croissant", note="sale %d" % n)
    return "{:.2f}".format(cart_total(lines[-2:]))
