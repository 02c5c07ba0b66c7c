"""Console table: `iter_table_lines` measures every column into a scratch list
default, yields the formatted lines, and empties the list once the loop ends.
`preview()` only takes the header line with next() and drops the generator, so
the clear is never reached and each table's widths stay in the default."""
import itertools

_tables = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 13 (heaplint: unknown)
def iter_table_lines(rows, sep="  ", _widths=[]):  # expect: HL101 confirmed
    _widths.extend(max(len(f"{cell}") for cell in col) for col in zip(*rows))
    for row in rows:
        if not any(row):
            continue
        yield sep.join(f"{cell!s:>{w}}" for cell, w in zip(row, _widths))
        if row[0] == "total":
            break
    _widths.clear()


def preview(rows):
    return next(iter_table_lines(rows), "")


def scenario():
    n = next(_tables)
    header = ("host", "requests", "errors", "p50 ms", "p99 ms", "uptime")
    rows = [header, (f"web-{n}", 1200 + n, n % 5, 12.5, 230.0, "99.9%"), ("", "", "", "", "", ""),
            ("total", 1200 + n, n % 5, 12.5, 230.0, "-")]
    return preview(rows)
