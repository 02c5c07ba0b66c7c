"""Point-of-sale terminal: `ring_up()` adds one invoice's line amounts to the
shift's running total, which the receipt printer shows. The amounts go into
`amounts`, a default list, and the total is sum(amounts); the list keeps
every line amount of every invoice rung up since the process started."""
import itertools

_invoices = itertools.count()


def ring_up(lines, amounts=[]):  # expect: HL101 confirmed
    for qty, unit_price in lines:
        amounts.append(round(qty * unit_price, 2))
    return sum(amounts)


def scenario():
    n = next(_invoices)
    lines = [(1 + (n + i) % 3, 2.5 + (n * i) % 40 / 4) for i in range(5)]
    return f"shift total {ring_up(lines):.2f}"
