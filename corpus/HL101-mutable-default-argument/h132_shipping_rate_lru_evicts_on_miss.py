"""Shipping-rate lookup for a checkout service. `make_rate_lookup()` returns a
closure that memoises the price per parcel weight (a `Decimal` in kg) in a
default OrderedDict used as an LRU: a hit moves the weight to the end and
returns early; a miss prices the parcel, stores it and, once the table holds
more than LIMIT weights, evicts the oldest."""
import itertools
from collections import OrderedDict
from decimal import ROUND_HALF_UP, Decimal

_orders = itertools.count()
LIMIT = 32
CENT = Decimal("0.01")
TIERS = ((Decimal("0.5"), Decimal("4.90")), (Decimal("2"), Decimal("6.90")), (Decimal("10"), Decimal("12.50")))


def make_rate_lookup(surcharge, _lru=OrderedDict()):  # expect: HL101 refuted
    def lookup(weight):
        if weight in _lru:
            _lru.move_to_end(weight)
            return _lru[weight]
        base = min((price for limit, price in TIERS if weight <= limit), default=Decimal("25.00"))
        price = _lru[weight] = (base * surcharge).quantize(CENT, ROUND_HALF_UP)
        if len(_lru) > LIMIT:
            _lru.popitem(last=False)
        return price
    return lookup


def scenario():
    n = next(_orders)
    lookup = make_rate_lookup(Decimal("1.19"))
    weight = Decimal(250 + 7 * n).scaleb(-3)
    return "%s kg: EUR %s" % (weight, lookup(weight))
