"""Goods-in: each delivery gets its own list of used bins, filled line by line."""
import itertools

from stock import ReceivingDesk

_deliveries = itertools.count()

desk = ReceivingDesk("WH-SOUTH")


def scenario():
    n = next(_deliveries)
    used = []
    first = desk.receive(f"SKU-{n:06d}", qty=n % 12 + 1, taken=used)
    second = desk.receive(f"SKU-{n:06d}-B", qty=2, taken=used)
    return first, second
