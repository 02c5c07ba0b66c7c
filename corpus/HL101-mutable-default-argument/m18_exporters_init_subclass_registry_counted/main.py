"""Export API: each request builds an exporter for the caller's format and runs it."""
import itertools

from api.export import export_rows

_requests = itertools.count()


def scenario():
    n = next(_requests)
    body = export_rows(f"csv-{n}", [(n, "open"), (n + 1, "paid")])
    return len(body)
