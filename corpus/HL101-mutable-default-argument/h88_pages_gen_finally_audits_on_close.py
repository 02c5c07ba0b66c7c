"""Report paging: a generator yields pages of rows and, in its finally, records how far each consumer read; the dashboard takes two pages with islice."""
import itertools


def pages(report_id, rows, size=5, audit=[]):  # expect: HL101 confirmed
    served = 0
    try:
        for start in range(0, len(rows), size):
            page = rows[start:start + size]
            served += len(page)
            yield page
    finally:
        audit.append((report_id, served))


def dashboard(report_id, rows):
    shown = list(itertools.islice(pages(report_id, rows), 2))
    return sum(len(p) for p in shown)


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [{"report": n, "line": i} for i in range(23)]
    return dashboard(f"rpt-{n}", rows)
