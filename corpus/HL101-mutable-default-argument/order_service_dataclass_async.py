"""Order service pieces built from a dataclass, a namedtuple and an async handler; each keeps a default."""
import asyncio
import collections
import itertools
from dataclasses import dataclass, field

Point = collections.namedtuple("Point", "x y")


@dataclass
class Order:
    order_id: int
    lines: list = field(default_factory=list)
    note: str = ""


def archive(order, store=[]):  # expect: HL101 confirmed
    store.append(order.order_id)
    return len(order.lines)


def plot(x, y, points=[]):  # expect: HL101 confirmed
    points.append(Point(x, y))


async def handle(event, seen=set()):  # expect: HL101 confirmed
    seen.add(event)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    archive(Order(n, [n]))
    plot(n, n + 1)
    asyncio.run(handle(f"evt-{n}"))
