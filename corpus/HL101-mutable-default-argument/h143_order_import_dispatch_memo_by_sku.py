"""Order import: lines arrive as dicts (web shop), tuples (EDI) or
`LineItem` objects (point of sale). `normalize` picks the converter with
`isinstance` and memoises the converted line in a dict default keyed by
(type, SKU), so a SKU repeated in a big import is parsed once; every import
brings SKUs the memo has not seen."""
import itertools
from decimal import Decimal

_imports = itertools.count()


class LineItem:
    def __init__(self, sku, qty, price):
        self.sku, self.qty, self.price = sku, qty, price


def normalize(line, _parsed={}):  # expect: HL101 confirmed
    if isinstance(line, dict):
        key, raw = (dict, line["sku"]), (line["sku"], line["qty"], line["price"])
    elif isinstance(line, tuple):
        key, raw = (tuple, line[0]), line
    elif isinstance(line, LineItem):
        key, raw = (LineItem, line.sku), (line.sku, line.qty, line.price)
    else:
        raise TypeError("unsupported line: %r" % (line,))
    if key not in _parsed:
        _parsed[key] = (raw[0], int(raw[1]), Decimal(raw[2]))
    return _parsed[key]


def scenario():
    n = next(_imports)
    lines = [{"sku": "W-%d" % n, "qty": "2", "price": "9.95"},
             ("E-%d" % n, "5", "3.10"), LineItem("P-%d" % n, 1, "24.00")]
    return sum(qty * price for _, qty, price in map(normalize, lines))
