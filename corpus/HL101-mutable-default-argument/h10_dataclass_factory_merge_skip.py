"""Carts as dataclasses: items use default_factory; merge() takes a skip list default that it only reads."""
import itertools
from dataclasses import dataclass, field


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def add(self, sku):
        self.items.append(sku)
        return self

    def merge(self, other, skip=[]):  # expect: HL101 refuted
        self.items.extend(i for i in other.items if i not in skip)
        return self


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    guest = Cart(f"guest{n}").add(f"SKU-{n}")
    user = Cart(f"user{n}").add(f"SKU-{n + 1}")
    return len(user.merge(guest).items)
