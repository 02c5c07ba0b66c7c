"""Shipping-rate lookup for a checkout service. `make_rate_lookup()` returns a
closure that memoises the price per parcel weight (a `Decimal` in kg) in a
default OrderedDict used as an LRU. The eviction sits in the hit branch,
before the early return: a miss stores the new weight and returns, and with
a fresh weight per order there are no hits, so nothing is ever evicted."""
import itertools
from collections import OrderedDict
from decimal import ROUND_HALF_UP, Decimal

_orders = itertools.count()
LIMIT = 32
CENT = Decimal("0.01")
TIERS = ((Decimal("0.5"), Decimal("4.90")), (Decimal("2"), Decimal("6.90")), (Decimal("10"), Decimal("12.50")))


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 18, 23 (heaplint: unknown)
def make_rate_lookup(surcharge, _lru=OrderedDict()):  # expect: HL101 confirmed
    def lookup(weight):
        if weight in _lru:
            _lru.move_to_end(weight)
            if len(_lru) > LIMIT:
                _lru.popitem(last=False)
            return _lru[weight]
        base = min((price for limit, price in TIERS if weight <= limit), default=Decimal("25.00"))
        price = _lru[weight] = (base * surcharge).quantize(CENT, ROUND_HALF_UP)
        return price
    return lookup


def scenario():
    n = next(_orders)
    lookup = make_rate_lookup(Decimal("1.19"))
    weight = Decimal(250 + 7 * n).scaleb(-3)
    return "%s kg: EUR %s" % (weight, lookup(weight))
