"""Report export: each report is written by the format plugin named in its request."""
import itertools
from importlib import import_module

from exporters import registry

_reports = itertools.count(1)


def export(fmt, target, rows):
    module = import_module(registry.FORMATS[fmt])
    writer = getattr(module, "Plugin")(target)
    for row in rows:
        writer.write(row)
    return writer.flush()


def scenario():
    n = next(_reports)
    fmt = ("csv", "tsv")[n % 2]
    rows = [(f"invoice-{n}", n % 90, "EUR"), (f"credit-{n}", -(n % 13), "EUR")]
    return export(fmt, f"report-{n}.{fmt}", rows)
