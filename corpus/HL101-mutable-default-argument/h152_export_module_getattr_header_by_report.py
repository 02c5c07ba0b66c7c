"""Report export: the writer for a format is found on this module with
getattr(sys.modules[__name__], "export_" + fmt). The CSV writer memoises
the rendered header line in a dict default keyed by report name, and every
export is a new report, so one header per report is kept."""
import itertools
import sys

_reports = itertools.count()


def export_csv(report, columns, rows, _headers={}):  # expect: HL101 confirmed
    if report not in _headers:
        _headers[report] = ",".join(c.upper() for c in columns)
    lines = [_headers[report]]
    lines.extend(",".join(str(row[c]) for c in columns) for row in rows)
    return "\n".join(lines)


def export_tsv(report, columns, rows):
    return "\n".join("\t".join(str(row[c]) for c in columns) for row in rows)


def export(fmt, report, columns, rows):
    writer = getattr(sys.modules[__name__], "export_" + fmt)
    return writer(report, columns, rows)


def scenario():
    n = next(_reports)
    rows = [{"sku": f"SKU-{n}-{i}", "qty": i, "total": i * 2.5} for i in range(3)]
    return export("csv", f"daily-sales-{n:06d}", ("sku", "qty", "total"), rows)
