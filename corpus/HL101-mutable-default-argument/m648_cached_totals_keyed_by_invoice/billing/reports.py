from .base import Report


class InvoiceReport(Report):
    @staticmethod
    def group_key(line):
        return line["invoice"]

    def grand_total(self):
        return sum(self.totals.values())
