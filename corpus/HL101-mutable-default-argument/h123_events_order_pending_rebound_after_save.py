"""Event sourcing: an Order aggregate records the events it raises in a
`pending` list taken as-is from a default of __init__, so new Orders share it.
After saving, the repository binds a fresh list to `order.pending`, which
leaves the shared default holding every event ever raised."""
import itertools

_orders = itertools.count()


class Order:
    def __init__(self, order_id, pending=[]):  # expect: HL101 confirmed
        self.id = order_id
        self.pending = pending
        self.lines = {}

    @property
    def unsaved(self):
        return len(self.pending)

    def add_line(self, sku, qty):
        self.lines[sku] = self.lines.get(sku, 0) + qty
        self.pending.append(("LineAdded", self.id, sku, qty))


class Repository:
    def __init__(self):
        self.saved = 0

    def save(self, order):
        self.saved += order.unsaved
        order.pending = []


def scenario():
    n = next(_orders)
    order = Order("order-%d" % n)
    order.add_line("sku-%d" % n, 2)
    order.add_line("sku-%d" % (n + 1), 1)
    Repository().save(order)
    return order.unsaved
