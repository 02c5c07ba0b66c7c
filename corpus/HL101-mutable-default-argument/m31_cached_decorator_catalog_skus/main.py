import itertools

import pricing

_counter = itertools.count()


def scenario():
    n = next(_counter)
    sku = pricing.CATALOG[n % len(pricing.CATALOG)]  # orders use catalogue SKUs
    return pricing.quote(sku, n % 9 + 1)["total"]
