"""Nightly export worker: each job exports one tenant's orders in the format it asked for."""
import itertools

import exporters

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    rows = [
        {"id": n, "sku": f"SKU-{n}", "qty": 2},
        {"id": n + 1, "sku": f"SKU-{n + 1}", "qty": 1},
    ]
    spec = {
        "job": f"orders-tenant{n}",
        "format": "csv" if n % 2 else "jsonl",
        "options": {"columns": ["id", "sku", "qty"]},
    }
    return exporters.export(spec, rows)
