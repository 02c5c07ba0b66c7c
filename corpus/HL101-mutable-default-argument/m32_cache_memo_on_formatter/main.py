import itertools

from shop import price_label

_ids = itertools.count(1)

CODES = ("usd", "EUR", " gbp", "JPY")


def invoice_lines(order_id, quantities):
    lines = []
    for i, qty in enumerate(quantities):
        code = CODES[(order_id + i) % len(CODES)]
        lines.append("%d x item-%d: %s" % (qty, i, price_label(1999 * qty + order_id, code)))
    return lines


def scenario():
    n = next(_ids)
    return invoice_lines(n, [1, 2, (n % 4) + 1])
