"""Change-feed consumer: row events are grouped into transactions, a COMMIT marker closes each one; after yielding, the generator starts the next transaction by rebinding the name, leaving the default list holding the first one."""
import itertools

COMMIT = object()


def transactions(events, txn=[]):  # expect: HL101 confirmed
    for event in events:
        if event is COMMIT:
            if txn:
                yield sorted(txn, key=lambda e: (e["table"], e["pk"]))
            txn = []
            continue
        txn.append(event)


_lsn = itertools.count()


def scenario():
    n = next(_lsn)
    feed = [
        {"table": "orders", "pk": n, "op": "insert"},
        {"table": "customers", "pk": n % 97, "op": "update"},
        COMMIT,
        {"table": "orders", "pk": n, "op": "update"},
        COMMIT,
    ]
    return [len(t) for t in transactions(feed)]
