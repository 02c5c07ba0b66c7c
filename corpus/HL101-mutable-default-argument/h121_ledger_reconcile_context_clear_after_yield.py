"""Bank reconciliation: a context manager hands the matcher a pending list
for unmatched statement lines and empties it when the block finishes. A
statement that does not balance (bank fees are never in the ledger) raises
out of the block; with no try/finally the exception skips the code after
`yield`, so the unmatched lines stay in the shared default."""
import contextlib
import itertools
from decimal import Decimal

_statements = itertools.count()


class ReconciliationError(ValueError):
    pass


@contextlib.contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 29 (heaplint: unknown)
def reconciliation(account, pending=[]):  # expect: HL101 confirmed
    yield pending
    pending.clear()


def reconcile(account, statement, open_items):
    expected = sum(open_items.values())
    try:
        with reconciliation(account) as pending:
            total = sum(Decimal(raw) for _, raw in statement)
            pending.extend((ref, raw) for ref, raw in statement if ref not in open_items)
            if total != expected:
                raise ReconciliationError(f"{account}: off by {total - expected:+.2f}")
        return "ok"
    except ReconciliationError as exc:
        return f"{exc} ({len(pending)} unmatched)"


def scenario():
    n = next(_statements)
    open_items = {f"INV-{n}-{i}": Decimal(100 + i) for i in range(3)}
    statement = [(ref, str(v)) for ref, v in open_items.items()] + [(f"FEE-{n}", "-2.50")]
    return reconcile(f"acct-{n % 4}", statement, open_items)
