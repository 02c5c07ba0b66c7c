"""Goods-in desk: one delivery per call lands in a freshly opened bin."""
import itertools

import stockroom

_deliveries = itertools.count(1)


def scenario():
    n = next(_deliveries)
    bin_ = stockroom.Bin("A-%04d" % n)
    stockroom.receive(bin_, "SKU-%06d pallet %d" % (n * 7, n))
    return stockroom.manifest(bin_)
