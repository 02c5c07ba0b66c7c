"""Point-of-sale terminal: `ring_up()` adds one invoice's line amounts to the
shift's running total, which the receipt printer shows. The total lives in
`total`, a default one-element list used as a mutable cell: each line amount
is added to total[0], which replaces the float in that slot, so the list
stays one element long however many invoices are rung up."""
import itertools

_invoices = itertools.count()


def ring_up(lines, total=[0.0]):  # expect: HL101 refuted
    for qty, unit_price in lines:
        total[0] += round(qty * unit_price, 2)
    return total[0]


def scenario():
    n = next(_invoices)
    lines = [(1 + (n + i) % 3, 2.5 + (n * i) % 40 / 4) for i in range(5)]
    return f"shift total {ring_up(lines):.2f}"
