"""Order validation collects problems in an `ErrorBag` dataclass: display settings
plus a per-field dict of messages. `validate_order()` takes a configured bag as its
default and adds into it; `limit` only caps what the summary shows, not what the
bag stores, so every order's messages stay in the one default bag."""
import dataclasses
import itertools

_orders = itertools.count()


@dataclasses.dataclass
class ErrorBag:
    limit: int = 3
    by_field: dict = dataclasses.field(default_factory=dict)

    def add(self, field, message):
        self.by_field.setdefault(field, []).append(message)

    def summary(self):
        return "; ".join("%s: %s" % (field, ", ".join(messages[-self.limit:]))
                         for field, messages in sorted(self.by_field.items()))


def validate_order(order, bag=ErrorBag(limit=2)):  # expect: HL101 confirmed
    for i, line in enumerate(order["lines"]):
        if line["qty"] <= 0:
            bag.add("lines[%d].qty" % i, "got %d for sku %s" % (line["qty"], line["sku"]))
    if not order.get("ship_to"):
        bag.add("ship_to", "order %d has no shipping address" % order["id"])
    return bag.summary()


def scenario():
    n = next(_orders)
    lines = [{"sku": "SKU-%d" % n, "qty": 2}, {"sku": "SKU-%d" % (n + 1), "qty": -(n % 3)}]
    return validate_order({"id": n, "lines": lines, "ship_to": "" if n % 2 else "Dock %d" % n})
