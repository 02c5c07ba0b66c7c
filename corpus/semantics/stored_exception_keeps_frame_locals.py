"""A stored exception keeps its traceback, the traceback's frames, and their locals alive."""
# retains: yes
import itertools

FAILURES = []
_ids = itertools.count()


def charge(invoice_id):
    ledger = {"invoice": invoice_id, "lines": list(range(5))}
    raise RuntimeError(f"card declined for {invoice_id} ({len(ledger)} fields)")


def scenario():
    try:
        charge(next(_ids))
    except RuntimeError as exc:
        FAILURES.append(exc)
