"""Product import: every imported row gets its tags normalised by catalog.tags."""
import itertools

from catalog.tags import tag_product

_rows = itertools.count()


def scenario():
    n = next(_rows)
    product = {"sku": f"SKU-{n:07d}", "title": f"Course #{n}"}
    return tag_product(product, ["JS ", "py", f"batch-{n}", ""])["tags"]
