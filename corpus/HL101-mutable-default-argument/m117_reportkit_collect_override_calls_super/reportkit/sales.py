"""Sales report: reuses the base dedupe in _collect() through super(), then adds the amount."""
from .base import Report


class SalesReport(Report):
    title = "sales"

    def __init__(self):
        super().__init__()
        self.total = 0

    def _collect(self, row):
        if super()._collect(row):
            self.total += row["amount"]

    def _summary(self):
        return f"{self.count} orders, {self.total} total"
