"""CSV import: each column kind maps to a converter object in a class-level
table, and coerce_row writes the converted values into the default `out`
dict before returning a copy. The keys come from the fixed schema, so each
row overwrites the same three entries and the dict keeps only the last row."""
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

    def coerce_row(self, raw, out={}):  # expect: HL101 refuted
        for column, kind in self.SCHEMA.items():
            out[column] = self.CONVERTERS[kind](raw[column])
        return dict(out)


def scenario():
    n = next(_rows)
    raw = {"qty": f" {n * 1000003} ", "labels": f"bulk; aisle-{n}; sku-{n * 7}", "active": "yes"}
    return Importer().coerce_row(raw)
