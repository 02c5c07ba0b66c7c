"""Weekly report tables: TableRenderer keeps the widest cell seen per column in
a defaultdict(int) default so that tables printed in one session line up.
Each report has a column per ISO week, and every renderer built without an
explicit `widths` shares the same defaultdict, which keeps every week ever
rendered."""
import collections
import itertools

_reports = itertools.count()


class TableRenderer:
    def __init__(self, columns, widths=collections.defaultdict(int)):  # expect: HL101 confirmed
        self.columns = columns
        self.widths = widths

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
