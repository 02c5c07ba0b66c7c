"""Bulk importer: ErrorCollector is a context manager whose __exit__
swallows ValueError and records it, so one bad row does not stop the
import. __init__ copies the errors default into a fresh list, so recorded
exceptions die with the collector at the end of each import."""
import itertools

_ids = itertools.count()


class ErrorCollector:
    def __init__(self, errors=[]):  # expect: HL101 refuted
        self.errors = list(errors)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, ValueError):
            self.errors.append(exc)
            return True
        return False


def import_rows(rows):
    imported = []
    collector = ErrorCollector()
    for sku, price in rows:
        with collector:
            imported.append((sku, float(price)))
    return imported, collector


def scenario():
    n = next(_ids)
    rows = [(f"SKU-{n}-1", "9.99"), (f"SKU-{n}-2", f"n/a-{n}"), (f"SKU-{n}-3", "12.50")]
    imported, _ = import_rows(rows)
    return len(imported)
