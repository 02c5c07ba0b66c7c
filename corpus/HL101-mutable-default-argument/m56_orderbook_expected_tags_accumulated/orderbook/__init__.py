"""Orders, their line items and the tags the fulfilment team filters on."""
__all__ = ["Order"]


class Order:
    def __init__(self, order_id, customer, tags=(), currency="EUR"):
        self.id = order_id
        self.customer = customer
        self.tags = set(tags)
        self.currency = currency
        self.status = "open"
        self.lines = []

    def add_line(self, sku, qty, unit_price):
        if self.status != "open":
            raise ValueError(f"order {self.id} is {self.status}")
        self.lines.append((sku, qty, unit_price))

    def total(self):
        return sum(qty * price for _, qty, price in self.lines)

    def ship(self):
        self.status = "shipped"
        self.tags.add("shipped")
