"""totals: one column per metric plus a computed total."""
from . import base


class TotalsFormatter(base.Formatter):
    def __init__(self, title, metrics, period):
        super().__init__(title)
        self.metrics = tuple(metrics)
        self.total_column = f"total {period}"
        self.columns.extend(["name", *self.metrics, self.total_column])

    def cell(self, row, column):
        if column == self.total_column:
            return str(sum(row.get(m, 0) for m in self.metrics))
        return super().cell(row, column)
