"""Bank sync: each call imports one account's daily CSV export."""
import itertools

import ledger

_days = itertools.count(1)


def scenario():
    n = next(_days)
    export = "\n".join(f"TX{n:06d}-{i},{(n * 7 + i * 3) % 200 - 100}.50" for i in range(4))
    statement = ledger.import_export(f"ACC-{n % 9}", export + f"\nTX{n:06d}-0,-100.50")
    return statement.account, len(statement.entries), statement.balance()
