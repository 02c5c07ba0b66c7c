"""Partner export: one product per call, including the shop's custom fields."""
import itertools

import exporters as exp

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    record = {
        "id": n,
        "title": f' Desk lamp "{n}" ',
        "price_cents": 2499 + n,
        "updated_at": 1_700_000_000 + 3600 * n,
        "vendor_name": "Lumen & Co",
        f"cf_{n}": f"batch-{n % 7}",
    }
    return exp.format_row(record)
