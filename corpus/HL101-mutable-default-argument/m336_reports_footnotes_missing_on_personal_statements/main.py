"""Month-end run: one statement per personal account."""
import itertools

import billing

_accounts = itertools.count(1)


def scenario():
    n = next(_accounts)
    lines = [("2024-05-02", "plan", 12.5), (f"2024-05-{n % 28 + 1:02d}", "refund", -(n % 9 + 1.0))]
    return billing.statement(f"acct-{n:06d}", lines)
