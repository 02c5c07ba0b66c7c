"""Test helpers: a snapshot store for rendered output. `SnapshotStore`
defaults to one shared dict of entries; `assert_match` scrubs volatile
numbers from the value, records it the first time a name is seen
(`setdefault`) and compares on later runs. The name is the raw parametrized
test id, which carries the order number, so each new id adds an entry."""
import itertools
import re

_orders = itertools.count()


class SnapshotStore:
    SCRUB = re.compile(r"\d+")

    def __init__(self, entries={}):  # expect: HL101 confirmed
        self.entries = entries

    def assert_match(self, name, value):
        value = self.SCRUB.sub("#", value)
        stored = self.entries.setdefault(name, value)
        assert stored == value, f"snapshot {name!r} changed:\n{stored}\n---\n{value}"

    @property
    def longest_names(self):
        return sorted(self.entries, key=len, reverse=True)[:3]


def render_receipt(order_id, items):
    lines = [f"Order {order_id}"] + [f"{qty} x {sku}" for sku, qty in sorted(items.items())]
    return "\n".join(lines)


def scenario():
    n = next(_orders)
    store = SnapshotStore()
    store.assert_match(f"test_receipt[order-{n}]", render_receipt(n, {f"sku{n}": 2, "gift-wrap": 1}))
    return store.longest_names[0]
