from ..config import PRICES


def reserve(skus):
    missing = [sku for sku in skus if sku not in PRICES]
    if missing:
        raise LookupError(missing)
    return len(skus)
