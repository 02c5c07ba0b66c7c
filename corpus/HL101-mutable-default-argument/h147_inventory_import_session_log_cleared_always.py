"""Inventory importer: an ImportSession context manager collects a line of
audit log per imported row in a list default and writes the summary on
exit. `__exit__` resets the log whether the block failed or not, so the
shared default is empty again after every import."""
import itertools

_runs = itertools.count()


class ImportSession:
    summaries = []

    def __init__(self, source, log=[]):  # expect: HL101 refuted
        self.source = source
        self.log = log

    def __enter__(self):
        return self

    def record(self, sku, qty):
        self.log.append("{}: {} x{}".format(self.source, sku, qty))

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            ImportSession.summaries[:] = [f"{self.source}: {len(self.log)} lines"]
        self.log.clear()
        return False


def scenario():
    n = next(_runs)
    with ImportSession(f"warehouse-{n}.csv") as session:
        for i, qty in enumerate((3, 0, 12)):
            if qty:
                session.record(f"SKU{n}-{i}", qty)
    return ImportSession.summaries[-1]
