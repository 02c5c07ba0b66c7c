import itertools

import etl

_orders = itertools.count()


def scenario():
    n = next(_orders)
    rows = [
        {"order_id": f"SO-{n}", "shipped": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}"},
        {"order_id": f"SO-{n}-b", "shipped": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}"},
    ]
    loaded, skipped = etl.loader.load(rows)
    return len(loaded), skipped
