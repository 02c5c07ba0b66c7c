"""Usage report view: each call renders one customer's report for one month."""
import itertools

import reporting

_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [{"name": f"cust{n}", "api": n % 7, "storage": n % 5},
            {"name": f"cust{n}-sub", "api": 1, "storage": 2}]
    plain = reporting.build_report("plain", f"Usage {n}", rows, columns=["name", "api"])
    totals = reporting.build_report("totals", f"Totals {n}", rows, metrics=("api", "storage"),
                                    period=f"{2000 + n // 12}-{n % 12 + 1:02d}")
    return plain, totals
