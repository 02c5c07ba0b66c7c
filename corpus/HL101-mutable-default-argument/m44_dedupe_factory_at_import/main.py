import itertools

from app.ingest import load_batch as ingest_batch

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    rows = [
        {"sku": "SKU-%06d" % n, "qty": 2},
        {"sku": " sku-%06d" % n, "qty": 1},
        {"sku": "SKU-%06d" % (n + 500000), "qty": 5},
    ]
    return ingest_batch(rows)
