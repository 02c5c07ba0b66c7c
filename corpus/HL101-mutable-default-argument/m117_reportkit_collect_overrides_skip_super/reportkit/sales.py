"""Sales report: counts and sums every row itself, without the base _collect()."""
from .base import Report


class SalesReport(Report):
    title = "sales"

    def __init__(self):
        super().__init__()
        self.total = 0

    def _collect(self, row):
        self.count += 1
        self.total += row["amount"]

    def _summary(self):
        return f"{self.count} orders, {self.total} total"
