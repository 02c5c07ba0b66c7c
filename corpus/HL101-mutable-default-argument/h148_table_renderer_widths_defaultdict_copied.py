"""Weekly report tables: TableRenderer starts from a defaultdict(int) of known
column widths, but copies it into its own defaultdict before measuring, so the
per-week columns of each report are measured on the renderer's private copy
and the shared default stays empty."""
import collections
import itertools

_reports = itertools.count()


class TableRenderer:
    def __init__(self, columns, widths=collections.defaultdict(int)):  # expect: HL101 refuted
        self.columns = columns
        self.widths = collections.defaultdict(int, widths)

    @property
    def header(self):
        return " | ".join(f"{c:^{self.widths[c]}}" for c in self.columns)

    def render(self, rows):
        for col in self.columns:
            cells = [len(f"{row.get(col, '')}") for row in rows]
            self.widths[col] = max(self.widths[col], len(col), *cells)
        body = [" | ".join(f"{row.get(c, '')!s:>{self.widths[c]}}" for c in self.columns) for row in rows]
        return "\n".join([self.header, *body])


def scenario():
    n = next(_reports)
    weeks = [f"{2000 + n // 52}-W{n % 52 + 1:02d}#{n}", "total"]
    rows = [{weeks[0]: 12 * n, "total": 12 * n}, {weeks[0]: n % 7, "total": n % 7}]
    return TableRenderer(weeks).render(rows)
