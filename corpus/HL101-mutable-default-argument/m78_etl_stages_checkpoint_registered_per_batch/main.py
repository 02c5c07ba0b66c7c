"""Order import worker: every call is one freshly uploaded batch of order rows."""
import itertools

import etl

_batches = itertools.count()


def scenario():
    n = next(_batches)
    rows = [
        {"sku": f" SKU-{n} ", "qty": 2, "price": 3.5},
        {"sku": f"SKU-{n + 1}", "qty": 1, "price": 9.99},
        {"sku": "  ", "qty": 1, "price": 1.0},
    ]
    sink = []
    out = etl.run_batch(f"batch-{n}", rows, sink)
    return out, sink
