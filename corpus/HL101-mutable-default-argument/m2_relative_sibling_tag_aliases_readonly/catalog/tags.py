"""Product tagging; the helpers come from a sibling module (from .normalize import ...)."""
from .normalize import canonical_tag, split_tags


def tag_product(product, raw_tags):
    tags = sorted({canonical_tag(t) for t in raw_tags if t.strip()})
    product = dict(product)
    product["tags"] = tags
    return product


def tag_product_from_csv(product, cell):
    return tag_product(product, split_tags(cell))
