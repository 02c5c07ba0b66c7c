"""Storefront import: each batch of supplier products is indexed for search."""
import itertools

from shop import build_index

_batches = itertools.count()
TITLES = (
    "Garden hose {n} m",
    "Kitchen knife set #{n}",
    "Toys: Bausteine ({n} Stück)",
    "Crème brûlée torch, batch {n}",
)


def scenario():
    n = next(_batches)
    titles = [title.format(n=n) for title in TITLES]
    products = [{"sku": f"SKU-{n}-{i}", "title": title} for i, title in enumerate(titles)]
    return build_index(products)
