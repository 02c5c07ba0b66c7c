"""Report cell formatting: `formatters` builds the type->formatter dispatch
table for one report, starting from the shared default and installing the
report's float precision. The keys are the same four types on every call and
each call replaces the float entry, so the table never grows."""
import functools
import itertools

_reports = itertools.count()


def _fmt_float(value, precision):
    return "{:,.{}f}".format(value, precision)


def formatters(precision, table={int: "{:,d}".format, str: str.strip, type(None): lambda v: "-"}):  # expect: HL101 refuted
    table[float] = functools.partial(_fmt_float, precision=precision)
    return table


def render_row(row, precision):
    table = formatters(precision)
    return " | ".join(table[type(cell)](cell) for cell in row)


def scenario():
    n = next(_reports)
    row = [n, " item-%d " % n, n / 7.0, None]
    return render_row(row, precision=n % 4)
