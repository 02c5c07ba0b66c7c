"""Bank reconciliation: a context manager hands the matcher a pending list
for unmatched statement lines, emptying it as each run starts. A statement
that does not balance (bank fees are never in the ledger) raises out of the
block and leaves its lines in the default, but only until the next run
clears them: it never holds more than one statement's worth."""
import contextlib
import itertools
from decimal import Decimal

_statements = itertools.count()


class ReconciliationError(ValueError):
    pass


@contextlib.contextmanager
def reconciliation(account, pending=[]):  # expect: HL101 refuted
    pending.clear()
    yield pending


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
