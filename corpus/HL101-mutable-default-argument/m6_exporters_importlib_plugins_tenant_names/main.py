import itertools

from exporters import EXPORTERS, load_exporters

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    tenant = f"tenant{n}"
    load_exporters(prefix=f"{tenant}.")
    rows = [{"id": n, "total": n * 3}, {"id": n + 1, "total": 7}]
    return EXPORTERS[f"{tenant}.csv"](rows), EXPORTERS[f"{tenant}.ndjson"](rows)
