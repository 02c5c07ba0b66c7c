import itertools

from schemakit import Integer, Schema, String
from schemakit.contrib import Money

_ids = itertools.count()


class LineItemSchema(Schema):
    sku = String(required=True)
    quantity = Integer()
    price = Money(places=2)


class LineItem:
    def __init__(self, sku, quantity, price):
        self.sku, self.quantity, self.price = sku, quantity, price


def scenario():
    n = next(_ids)
    quantity = "several" if n % 5 == 0 else n % 9
    price = f"{n}.499" if n % 4 == 0 else f"n/a-{n}"
    item = LineItem(f"SKU-{n:05d}", quantity, price)
    return LineItemSchema().dump(item)
