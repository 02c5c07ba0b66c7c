"""Ops reports: ReportWriter reuses an io.StringIO default and calls truncate(0) without seek(0), so each report is written after the old position, padded with NULs."""
import io
import itertools


class TableWriter:
    def __init__(self, columns):
        self.columns = columns

    def row(self, buf, values):
        buf.write(" | ".join(f"{value!s:<12}" for value in values) + "\n")


class ReportWriter(TableWriter):
    def __init__(self, title, columns, buf=io.StringIO()):  # expect: HL101 confirmed
        super().__init__(columns)
        self.title = title
        self._buf = buf
        self._buf.truncate(0)

    @property
    def text(self):
        return self._buf.getvalue()

    def render(self, rows):
        self._buf.write(f"# {self.title}\n")
        for values in [self.columns, *rows]:
            self.row(self._buf, values)
        return self.text


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [(f"db-{n}-{i}", f"{(n * 7 + i) % 100}%", "ok") for i in range(3)]
    return len(ReportWriter(f"Disk usage #{n}", ("host", "used", "status")).render(rows))
