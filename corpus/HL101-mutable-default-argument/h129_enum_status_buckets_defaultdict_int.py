"""Order reporting: orders carry an `OrderStatus` enum and `count_by_status`
counts orders per status in a `defaultdict(int)` default. The default is
updated and returned on every call, but it only ever has the four statuses as
keys and an int per key, so it stays the same size."""
import collections
import enum
import itertools
from typing import NamedTuple

_batches = itertools.count()


class OrderStatus(enum.Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class Order(NamedTuple):
    id: str
    status: OrderStatus
    total_cents: int


def count_by_status(orders, counts=collections.defaultdict(int)):  # expect: HL101 refuted
    for order in orders:
        if order.status is OrderStatus.CANCELLED:
            continue
        counts[order.status] += 1
    return counts


def scenario():
    n = next(_batches)
    statuses = list(OrderStatus)
    orders = [Order(f"ord-{n}-{i}", statuses[(n + i) % 4], 100 * i) for i in range(3)]
    counts = count_by_status(orders)
    return max(counts, key=counts.__getitem__).value
