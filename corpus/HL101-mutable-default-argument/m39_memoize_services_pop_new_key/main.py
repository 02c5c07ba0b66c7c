import itertools

import services
from services import geo

_seq = itertools.count(1)


def scenario():
    n = next(_seq)
    sku = "SKU-%05d" % n
    price = services.quote(sku, quantity=n % 5 + 1, currency="EUR")
    km = geo.distance((48.85 + n * 1e-4, 2.35), (52.52, 13.40))
    # A repeated lookup within the same request hits the cache.
    assert services.quote(sku, quantity=n % 5 + 1, currency="EUR") == price
    return price, km
