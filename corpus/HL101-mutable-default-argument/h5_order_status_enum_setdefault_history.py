"""Fulfilment: order transitions grouped by an Enum status; keys are bounded, the lists are not."""
import enum
import itertools
from dataclasses import dataclass


class Status(enum.Enum):
    PLACED = "placed"
    PACKED = "packed"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Order:
    order_id: str
    status: Status


def record_transition(order: Order, by_status: dict[Status, list[str]] = {}) -> int:  # expect: HL101 confirmed
    bucket = by_status.setdefault(order.status, [])
    bucket.append(order.order_id)
    return len(bucket)


def advance(order: Order) -> Order:
    members = list(Status)
    nxt = members[min(members.index(order.status) + 1, len(members) - 1)]
    return Order(order.order_id, nxt)


_ids = itertools.count()


def scenario():
    order = Order(f"SO-{next(_ids):06d}", Status.PLACED)
    record_transition(order)
    record_transition(advance(order))
