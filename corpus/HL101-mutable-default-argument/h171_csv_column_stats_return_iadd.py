"""CSV report: `column()` yields each parsed cell of one column and returns
the collected values, which `summarize()` receives as the value of its
yield from expression to compute min, max and mean. The values are gathered
with `seen += [value]`, which extends the default list in place, so every
report's cells pile up in it (and skew later means)."""
import itertools
import statistics

_reports = itertools.count()


def column(rows, index, seen=[]):  # expect: HL101 confirmed
    for row in rows:
        value = float(row.split(",")[index])
        seen += [value]
        yield value
    return seen


def summarize(rows, index):
    values = yield from column(rows, index)
    yield {"min": min(values), "max": max(values), "mean": statistics.fmean(values)}


def scenario():
    n = next(_reports)
    rows = ["%d,%d.%d,%d" % (n, n + i, i, i * n) for i in range(6)]
    *cells, stats = summarize(rows, 1)
    return len(cells), stats["mean"]
