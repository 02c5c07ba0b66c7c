"""Product: a sellable catalog record; created through Model.create()."""
from .base import Model

__all__ = ["Product"]


class Product(Model):
    fields = ("sku", "price", "title")

    def label(self):
        return f"{self.sku} {self.title} ({self.price:.2f})"
