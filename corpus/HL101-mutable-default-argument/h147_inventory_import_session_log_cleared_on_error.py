"""Inventory importer: an ImportSession context manager collects a line of
audit log per imported row in a list default and writes the summary on
exit. It only resets the log when the block fails; after a successful
import the lines stay in the shared default."""
import itertools

_runs = itertools.count()


class ImportSession:
    summaries = []

    def __init__(self, source, log=[]):  # expect: HL101 confirmed
        self.source = source
        self.log = log

    def __enter__(self):
        return self

    def record(self, sku, qty):
        self.log.append("{}: {} x{}".format(self.source, sku, qty))

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.log.clear()
            return False
        ImportSession.summaries[:] = [f"{self.source}: {len(self.log)} lines"]
        return False


def scenario():
    n = next(_runs)
    with ImportSession(f"warehouse-{n}.csv") as session:
        for i, qty in enumerate((3, 0, 12)):
            if qty:
                session.record(f"SKU{n}-{i}", qty)
    return ImportSession.summaries[-1]
