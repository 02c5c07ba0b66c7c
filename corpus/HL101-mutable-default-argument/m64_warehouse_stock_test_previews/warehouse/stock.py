ON_HAND = {"SKU-RED": 40, "SKU-BLUE": 25}


class Stock:
    def __init__(self, warehouse, reservations):
        self.warehouse = warehouse
        self.reservations = reservations

    def reserved(self, sku):
        return sum(qty for s, qty in self.reservations.values() if s == sku)

    def available(self, sku):
        return ON_HAND.get(sku, 0) - self.reserved(sku)

    def preview(self, order_id, sku, qty):
        return {"order": order_id, "sku": sku, "left": self.available(sku) - qty}

    def reserve(self, order_id, sku, qty):
        self.reservations[order_id] = (sku, qty)
        return self.available(sku)


def make_stock(warehouse, reservations={}):  # expect: HL101 refuted
    return Stock(warehouse, reservations)
