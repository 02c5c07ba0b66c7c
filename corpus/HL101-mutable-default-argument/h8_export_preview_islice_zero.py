"""Exporter: export_rows is a generator that logs each line it yields; the preview asks islice for zero rows, so the generator body never starts."""
import itertools


def export_rows(rows, exported=[]):  # expect: HL101 refuted
    for row in rows:
        line = ";".join(str(v) for v in row)
        exported.append(line)
        yield line


def preview(rows, limit=0):
    shown = list(itertools.islice(export_rows(rows), limit))
    return f"{len(rows)} rows, showing {len(shown)}"


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return preview([(n, f"item{n}", n * 2.5), (n + 1, f"item{n + 1}", 0.0)])
