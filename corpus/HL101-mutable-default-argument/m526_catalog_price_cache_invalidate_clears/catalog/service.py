from .repository import PriceRepository


class QuoteService:
    def __init__(self):
        self.repository = PriceRepository()

    def quote(self, skus):
        total = sum(self.repository.price(sku) for sku in skus)
        # Prices can change between quotes: start the next one from scratch.
        self.repository.cache.invalidate()
        return round(total, 2)
