"""Export endpoint: renders the requested rows with the requested separator."""
import itertools

from exports.views import export

_requests = itertools.count()


def scenario():
    n = next(_requests)
    rows = [(f"order-{n}", n % 9, "paid"), (f"order-{n + 1}", 3, "open")]
    return export({"sep": (",", ";", "\t")[n % 3], "rows": rows})
