"""Change-feed consumer: row events are grouped into transactions, a COMMIT marker closes each one and clears the default list; events after the last COMMIT stay in the list as the open transaction and are completed by the next feed page."""
import itertools

COMMIT = object()


def transactions(events, txn=[]):  # expect: HL101 refuted
    for event in events:
        if event is COMMIT:
            if txn:
                yield sorted(txn, key=lambda e: (e["table"], e["pk"]))
            txn.clear()
            continue
        txn.append(event)


_lsn = itertools.count()


def scenario():
    n = next(_lsn)
    page = [
        {"table": "orders", "pk": n, "op": "update"},
        COMMIT,
        {"table": "orders", "pk": n + 1, "op": "insert"},
        {"table": "customers", "pk": n % 97, "op": "update"},
    ]
    return [len(t) for t in transactions(page)]
