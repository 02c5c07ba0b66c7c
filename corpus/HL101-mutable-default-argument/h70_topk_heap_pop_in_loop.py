"""Sales report: the biggest orders of each import are kept in a min-heap of (total, order id)."""
import heapq
import itertools
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    id: str
    customer: str
    total: float


def _as_entry(order):
    return (round(order.total, 2), order.id)


def top_orders(orders, k=3, _heap=[]):  # expect: HL101 refuted
    for order in orders:
        heapq.heappush(_heap, _as_entry(order))
        if len(_heap) > k:
            heapq.heappop(_heap)
    return [order_id for _, order_id in sorted(_heap, reverse=True)]


_imports = itertools.count()


def scenario():
    n = next(_imports)
    orders = [Order(f"ord-{n}-{i}", f"cust-{i}", (n * 17 + i * 5) % 90 + 0.5) for i in range(4)]
    return top_orders(orders)
