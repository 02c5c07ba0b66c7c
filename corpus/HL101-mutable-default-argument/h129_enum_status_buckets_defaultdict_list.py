"""Order reporting: orders carry an `OrderStatus` enum and `group_by_status`
buckets order ids per status in a `defaultdict(list)` default. There are only
four statuses, but the default is extended and returned on every call, so each
bucket keeps every order id ever grouped."""
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


def group_by_status(orders, buckets=collections.defaultdict(list)):  # expect: HL101 confirmed
    for order in orders:
        if order.status is OrderStatus.CANCELLED:
            continue
        buckets[order.status].append(order.id)
    return buckets


def scenario():
    n = next(_batches)
    statuses = list(OrderStatus)
    orders = [Order(f"ord-{n}-{i}", statuses[(n + i) % 4], 100 * i) for i in range(3)]
    grouped = group_by_status(orders)
    return max(grouped, key=lambda status: len(grouped[status])).value
