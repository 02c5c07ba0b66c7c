from .memo import cached_price


@cached_price
def list_price(sku):
    return round(sum(map(ord, sku)) / 100, 2)
