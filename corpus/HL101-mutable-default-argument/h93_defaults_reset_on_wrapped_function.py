"""CSV export: format_row() drops rows whose id it has already seen; export_batch() resets the seen-set default of the undecorated function after each batch."""
import functools
import itertools
import time

_batches = itertools.count()


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wrapper.elapsed += time.perf_counter() - started
    wrapper.elapsed = 0.0
    return wrapper


@timed
# heaplint-todo: called with new arguments as outside code would call it, format_row grows it; but this application uses format_row as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def format_row(row, _seen=set()):  # expect: HL101 refuted
    if row["id"] in _seen:
        return None
    _seen.add(row["id"])
    return "{id},{sku},{qty:d}".format(**row)


def export_batch(rows):
    lines = [line for line in map(format_row, rows) if line is not None]
    format_row.__wrapped__.__defaults__ = (set(),)
    return "\n".join(lines)


def scenario():
    n = next(_batches)
    rows = [{"id": f"ord-{n}-{i}", "sku": f"SKU{i:03d}", "qty": i + 1} for i in (0, 1, 1, 2)]
    return export_batch(rows)
