"""PDF invoice layout: a Table flowable collects rows, then wraps itself to the frame width."""
import itertools


class Table:
    def __init__(
        self,
        data=[],  # expect: HL101 confirmed
        col_widths=None,
        repeat_rows=1,
        style={},  # expect: HL101 refuted
    ):
        self.data = data
        self.col_widths = col_widths
        self.repeat_rows = repeat_rows
        self.font = style.get("font", "Helvetica")
        self.leading = style.get("leading", 14)

    def add_row(self, *cells):
        self.data.append([str(c) for c in cells])

    def wrap(self, avail_width):
        if not self.data:
            return 0, 0
        ncols = max(len(row) for row in self.data)
        widths = self.col_widths or [avail_width / ncols] * ncols
        return min(sum(widths), avail_width), self.leading * len(self.data)

    def header_rows(self):
        return self.data[: self.repeat_rows]


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    table = Table(col_widths=[60, 200, 80])
    table.add_row("Qty", "Description", "Amount")
    table.add_row(n % 7 + 1, f"Consulting, invoice {n}", f"{n * 12.5:.2f}")
    width, height = table.wrap(540)
    return width, height, table.header_rows()
