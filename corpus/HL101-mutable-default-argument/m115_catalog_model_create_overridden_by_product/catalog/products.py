"""Product: a sellable catalog record; overrides create() so products are not kept in Model's pool."""
from .base import Model

__all__ = ["Product"]


class Product(Model):
    fields = ("sku", "price", "title")

    @classmethod
    def create(cls, **values):
        return cls(**values)

    def label(self):
        return f"{self.sku} {self.title} ({self.price:.2f})"
