"""Console table: `iter_table_lines` measures every column into a scratch list
default, yields the formatted lines, and empties the list in a `finally`.
`preview()` only takes the header line with next() and drops the generator;
closing it raises GeneratorExit at the yield, the finally runs, and the
default is empty again after every table."""
import itertools

_tables = itertools.count()


def iter_table_lines(rows, sep="  ", _widths=[]):  # expect: HL101 refuted
    _widths.extend(max(len(f"{cell}") for cell in col) for col in zip(*rows))
    try:
        for row in rows:
            if not any(row):
                continue
            yield sep.join(f"{cell!s:>{w}}" for cell, w in zip(row, _widths))
            if row[0] == "total":
                break
    finally:
        _widths.clear()


def preview(rows):
    return next(iter_table_lines(rows), "")


def scenario():
    n = next(_tables)
    header = ("host", "requests", "errors", "p50 ms", "p99 ms", "uptime")
    rows = [header, (f"web-{n}", 1200 + n, n % 5, 12.5, 230.0, "99.9%"), ("", "", "", "", "", ""),
            ("total", 1200 + n, n % 5, 12.5, 230.0, "-")]
    return preview(rows)
