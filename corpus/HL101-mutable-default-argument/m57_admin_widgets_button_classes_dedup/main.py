"""Admin order list: each row gets an action button."""
import itertools

from widgets import KINDS, button

_rows = itertools.count()


def scenario():
    n = next(_rows)
    kind = KINDS[n % len(KINDS)]
    return button(f"Refund order #{n}", kind=kind, order=n)
