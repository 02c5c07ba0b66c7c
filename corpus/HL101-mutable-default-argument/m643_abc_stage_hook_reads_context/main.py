"""Catalogue pipeline: each call enriches one new product record."""
import itertools

from pipeline.stages import EnrichStage

_ids = itertools.count()


def scenario():
    n = next(_ids)
    item = {"sku": f"SKU-{n:07d}", "price": n % 90 + 10}
    return EnrichStage().run(item)["label"]
