"""Store: the fixed catalogue (sku -> price in cents), read-only after import."""
from .util.money import cents


class Store:
    SKUS = ("tea", "mug", "kettle", "filter")
    PRICES = {"tea": cents("4.50"), "mug": cents("9.00"),
              "kettle": cents("39.90"), "filter": cents("2.25")}

    def price(self, sku):
        return self.PRICES[sku]
