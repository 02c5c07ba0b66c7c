"""Reporting: `Report.render()` is a template method that accumulates
output lines in a default list and joins them; `format_row()` is abstract
in the base and implemented by `CsvReport`. The list is cleared at the start
of every render, so it only ever holds the last report's few lines."""
import itertools

_reports = itertools.count()


class Report:
    def __init__(self, title):
        self.title = title

    def render(self, rows, lines=[]):  # expect: HL101 refuted
        lines.clear()
        lines.append(f"# {self.title}")
        for row in rows:
            lines.append(self.format_row(row))
        return "\n".join(lines)

    def format_row(self, row):
        raise NotImplementedError


class CsvReport(Report):
    def format_row(self, row):
        return ",".join(str(cell) for cell in row)


def scenario():
    n = next(_reports)
    rows = [(f"sku-{n}-{i}", i * n, f"{n * 0.25:.2f}") for i in range(3)]
    return CsvReport(f"Stock report {n}").render(rows)
