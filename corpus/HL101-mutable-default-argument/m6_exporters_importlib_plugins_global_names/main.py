import itertools

from exporters import EXPORTERS, load_exporters

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    load_exporters()
    rows = [{"id": n, "total": n * 3}, {"id": n + 1, "total": 7}]
    return EXPORTERS["csv"](rows), EXPORTERS["ndjson"](rows)
