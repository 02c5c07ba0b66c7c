"""Shop API: Order.from_dict is a classmethod alternative constructor that
fills missing fields from a default dict. It deep-copies the defaults, so the
"tags" list that bulk orders append to is a fresh list per order and the
default keeps its empty list."""
import copy
import itertools

_orders = itertools.count()


class Order:
    def __init__(self, sku, qty, currency, tags):
        self.sku = sku
        self.qty = qty
        self.currency = currency
        self.tags = tags

    @classmethod
    def from_dict(cls, data, _defaults={"currency": "EUR", "tags": []}):  # expect: HL101 refuted
        fields = copy.deepcopy(_defaults)
        fields.update(data)
        if fields["qty"] >= 10:
            fields["tags"].append(f"bulk:{fields['sku']}")
        return cls(**fields)


def scenario():
    n = next(_orders)
    order = Order.from_dict({"sku": f"CHAIR-{n:05d}", "qty": 10 + n % 7})
    return order.qty, order.currency
