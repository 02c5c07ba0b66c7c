from .base import Report


class InvoiceReport(Report):
    @staticmethod
    def group_key(line):
        return line["category"]

    def grand_total(self):
        return sum(self.totals.values())
