"""Goods-in: each delivery line is received and put away into a free bin."""
import itertools

from stock import ReceivingDesk

_lines = itertools.count()

desk = ReceivingDesk("WH-NORTH")


def scenario():
    n = next(_lines)
    return desk.receive(f"SKU-{n:06d}", qty=n % 12 + 1)
