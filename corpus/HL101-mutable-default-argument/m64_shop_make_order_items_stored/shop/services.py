class Order:
    def __init__(self, customer, items):
        self.customer = customer
        self.items = items

    def add_line(self, sku, qty=1):
        self.items.append({"sku": sku, "qty": qty})

    def quantity(self, sku):
        return sum(line["qty"] for line in self.items if line["sku"] == sku)

    def summary(self):
        return f"{self.customer}: {len(self.items)} line(s)"


def make_order(customer, items=[]):  # expect: HL101 confirmed
    return Order(customer, items)
