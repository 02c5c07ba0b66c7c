"""Report export: `make_exporter` builds an exporter around the column list it
is given. The exporter keeps that list as an attribute, and `add_column`
extends it with `+=`, which for a list extends the very list it was handed."""
import itertools

_ids = itertools.count()


class CsvExporter:
    def __init__(self, fmt, columns):
        self.fmt = fmt
        self.columns = columns

    def add_column(self, name):
        self.columns += [name]

    def header(self):
        return ",".join(self.columns)


def make_exporter(fmt, columns=["id", "created"]):  # expect: HL101 confirmed
    return CsvExporter(fmt, columns)


def scenario():
    n = next(_ids)
    exporter = make_exporter("csv")
    exporter.add_column(f"metric_{n}")
    return len(exporter.header())
