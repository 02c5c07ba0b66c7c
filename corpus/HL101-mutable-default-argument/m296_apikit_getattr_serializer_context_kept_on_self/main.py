"""Catalog feed: finds the serializer class by model name with getattr()."""
import itertools

from apikit import resources

_skus = itertools.count()


def render(model, obj):
    cls = getattr(resources, f"{model.title()}Serializer")
    return cls().serialize(obj)


def scenario():
    n = next(_skus)
    return render("product", {"sku": f"SKU-{n:07d}", "cents": 199 + n % 300})
