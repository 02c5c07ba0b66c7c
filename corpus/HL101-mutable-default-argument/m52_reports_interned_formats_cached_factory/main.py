"""Stock dashboard: every request renders one page of the sales report."""
import itertools

import reports

_requests = itertools.count(1)
_UNITS = ("kg", "l", "pcs")


def scenario():
    n = next(_requests)
    rows = [
        {
            "sku": f"SKU-{n}-{i}",
            "unit": _UNITS[(n + i) % len(_UNITS)],
            "qty": n * 3 + i,
            "revenue": n * 9.5 + i,
            "share": (i + 1) / 10,
        }
        for i in range(3)
    ]
    return reports.render_table(rows)
