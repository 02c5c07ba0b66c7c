from audit import auditable


@auditable
class Order:
    def __init__(self, customer, lines):
        self.customer = customer
        self.lines = list(lines)
        self.status = "new"

    @property
    def total(self):
        return sum(qty * price for _, qty, price in self.lines)

    def summary(self):
        return f"{self.customer}: {len(self.lines)} line(s), {self.total:.2f}, {self.status}"
