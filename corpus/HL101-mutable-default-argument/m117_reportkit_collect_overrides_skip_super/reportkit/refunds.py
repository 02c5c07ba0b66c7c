"""Refund report: counts every refund itself, without the base _collect()."""
from .base import Report


class RefundReport(Report):
    title = "refunds"

    def __init__(self):
        super().__init__()
        self.refunded = 0

    def _collect(self, row):
        self.count += 1
        self.refunded += row["amount"]

    def _summary(self):
        return f"{self.count} refunds, {self.refunded} refunded"
