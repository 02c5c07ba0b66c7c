"""Warehouse goods-in: each call receives one new SKU."""
import itertools

from stock import receive

_skus = itertools.count(1)


def scenario():
    n = next(_skus)
    line = receive(f"SKU-{n:08d}", 1 + n % 40)
    assert line is not None
    return line
