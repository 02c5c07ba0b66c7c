"""Product records built from supplier feed rows."""
from .. import pricing
from ..util import merge_tags, slugify


class Product:
    __slots__ = ("sku", "name", "gross_cents", "tags")

    def __init__(self, sku, name, gross_cents, tags):
        self.sku = sku
        self.name = name
        self.gross_cents = gross_cents
        self.tags = tags


def add_product(name, price_cents, category, tags=set()):  # expect: HL101 refuted
    sku = slugify(f"{category} {name}")
    generated = {f"sku:{sku}", f"category:{category}"}
    gross = pricing.with_vat(price_cents, category)
    return Product(sku, name, gross, merge_tags(tags, generated))
