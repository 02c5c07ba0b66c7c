"""Products: items tagged with their SKU."""
from .base import Item


class Product(Item):
    def __init__(self, name, sku):
        super().__init__(name)
        self.sku = sku
        self.tags = list(self.tags) + [f"sku:{sku}"]
