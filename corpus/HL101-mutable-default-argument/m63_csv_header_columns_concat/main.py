"""Stock import job: each uploaded CSV is parsed and its rows queued for the warehouse."""
import itertools

import sink as warehouse
from readers import *

_uploads = itertools.count()
stats = {"imported": 0, "rejected": 0}


def scenario():
    n = next(_uploads)
    lines = ["sku,qty", f"SKU-{n},{n % 40}", f"SKU-{n + 1},{(n * 7) % 40}"]
    if n % 5 == 4:
        lines.append(f"SKU-{n + 2} qty missing")
    else:
        lines.append(f"SKU-{n + 2},0")
    reader = reader_for(f"stock-{n}.csv")
    try:
        rows = reader.read("\n".join(lines))
    except MalformedRow:
        stats["rejected"] += 1
        return -1
    stats["imported"] += len(rows)
    return warehouse.write(rows)
