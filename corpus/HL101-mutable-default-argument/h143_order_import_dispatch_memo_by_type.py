"""Order import: lines arrive as dicts (web shop), tuples (EDI) or
`LineItem` objects (point of sale). `normalize` picks the converter with
`isinstance` and memoises the choice per line type in a dict default, so
the memo holds at most three entries whatever the SKUs are."""
import itertools
from decimal import Decimal

_imports = itertools.count()


class LineItem:
    def __init__(self, sku, qty, price):
        self.sku, self.qty, self.price = sku, qty, price


def normalize(line, _converters={}):  # expect: HL101 refuted
    convert = _converters.get(type(line))
    if convert is None:
        if isinstance(line, dict):
            convert = lambda l: (l["sku"], int(l["qty"]), Decimal(l["price"]))
        elif isinstance(line, tuple):
            convert = lambda l: (l[0], int(l[1]), Decimal(l[2]))
        elif isinstance(line, LineItem):
            convert = lambda l: (l.sku, l.qty, Decimal(l.price))
        else:
            raise TypeError("unsupported line: %r" % (line,))
        _converters[type(line)] = convert
    return convert(line)


def scenario():
    n = next(_imports)
    lines = [{"sku": "W-%d" % n, "qty": "2", "price": "9.95"},
             ("E-%d" % n, "5", "3.10"), LineItem("P-%d" % n, 1, "24.00")]
    return sum(qty * price for _, qty, price in map(normalize, lines))
