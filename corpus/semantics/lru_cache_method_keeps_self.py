"""functools.lru_cache(maxsize=None) on a method keeps every instance it was called on (self is in the key)."""
# retains: yes
import functools
import itertools

_ids = itertools.count()


class PriceQuote:
    def __init__(self, sku):
        self.sku = sku

    @functools.lru_cache(maxsize=None)
    def price(self, quantity):
        return len(self.sku) * quantity


def scenario():
    PriceQuote(f"sku-{next(_ids)}").price(3)
