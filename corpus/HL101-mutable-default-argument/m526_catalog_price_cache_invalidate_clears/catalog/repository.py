from .cache import PriceCache


class PriceRepository:
    """Reads prices from the pricing backend, through a memo of sku -> price."""

    def __init__(self, memo={}):  # expect: HL101 refuted
        self.cache = PriceCache(memo)

    def _fetch(self, sku):
        """Stand-in for the pricing backend query."""
        return round(sum(map(ord, sku)) * 0.37, 2)

    def price(self, sku):
        return self.cache.get(sku, self._fetch)
