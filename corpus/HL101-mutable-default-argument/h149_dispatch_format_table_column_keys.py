"""Report cell formatting: `formatters` builds the column->formatter
dispatch table for one report, starting from the shared default and adding
the report's own columns. Each report names its columns after its metrics
(`m<report>_...`), so every call adds new keys to the default dict."""
import functools
import itertools

_reports = itertools.count()


def _fmt_float(value, precision):
    return "{:,.{}f}".format(value, precision)


def formatters(columns, precision, table={"id": "{:>8}".format, "label": str.strip}):  # expect: HL101 confirmed
    for column in columns:
        table.setdefault(column, functools.partial(_fmt_float, precision=precision))
    return table


def render_row(row, precision):
    table = formatters([c for c in row if c not in ("id", "label")], precision)
    return " | ".join(table[column](value) for column, value in sorted(row.items()))


def scenario():
    n = next(_reports)
    row = {"id": n, "label": " item-%d " % n, "m%d_revenue" % n: n * 1.5, "m%d_margin" % n: n / 7.0}
    return render_row(row, precision=n % 4)
