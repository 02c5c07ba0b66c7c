"""Invoice run: each call posts one foreign-currency line and prints it."""
import itertools

import billing.ledger
from billing import format_cents

_lines = itertools.count(1)


def scenario():
    n = next(_lines)
    entry = billing.ledger.post(f"4000-{n:06d}", 12.5 + n, "USD")
    if entry is None:
        return "pending"
    return format_cents(billing.ledger.reverse(entry)["cents"])
