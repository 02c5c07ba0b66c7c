"""Product model and its cached HTML card."""
from cacheinv import cached_fragment, invalidate_row


class Product:
    label = "product"

    def __init__(self, pk, name, price):
        self.pk, self.name, self.price = pk, name, price

    def save(self):
        invalidate_row(self.label, self.pk)


@cached_fragment(Product.label, "product:{pk}:card")
def product_card(product):
    return f"<div class=card>{product.name} ${product.price:.2f}</div>"
