"""CSV import: each column kind maps to a converter object in a class-level
table, and coerce_row collects the converted values per column in the
default `out` dict (setdefault + append) before returning the latest ones.
The per-column lists are the shared default's, so every row is kept."""
import itertools

_rows = itertools.count()


class ToInt:
    def __call__(self, text):
        return int(text.strip() or 0)


class SplitCsv:
    def __call__(self, text):
        return [part.strip() for part in text.split(";") if part.strip()]


class ToBool:
    def __call__(self, text):
        return text.strip().lower() in ("1", "yes", "true")


class Importer:
    CONVERTERS = {"int": ToInt(), "csv": SplitCsv(), "flag": ToBool()}
    SCHEMA = {"qty": "int", "labels": "csv", "active": "flag"}

    def coerce_row(self, raw, out={}):  # expect: HL101 confirmed
        for column, kind in self.SCHEMA.items():
            out.setdefault(column, []).append(self.CONVERTERS[kind](raw[column]))
        return {column: values[-1] for column, values in out.items()}


def scenario():
    n = next(_rows)
    raw = {"qty": f" {n * 1000003} ", "labels": f"bulk; aisle-{n}; sku-{n * 7}", "active": "yes"}
    return Importer().coerce_row(raw)
