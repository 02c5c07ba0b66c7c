"""Reporting service: each request exports the same rows in every configured format."""
import itertools

from formats.csv_out import CsvExporter
from formats.xml_out import XmlExporter

EXPORTERS = {"csv": CsvExporter(), "xml": XmlExporter()}

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    rows = [{"sku": f"S{n}", "unit price": n % 50, "qty": 2}, {"sku": f"T{n}", "unit price": 7, "qty": 1}]
    return [EXPORTERS[fmt].export(f"report-{n}", rows) for fmt in ("csv", "xml")]
