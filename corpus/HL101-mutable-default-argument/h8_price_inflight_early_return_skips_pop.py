"""Pricing: each lookup is marked in-flight and unmarked at the end, but an unknown SKU returns early and never unmarks."""
import itertools

REGION_RATE = {"eu": 1.2, "us": 1.0}


def fetch_price(sku, region, catalog, inflight={}):  # expect: HL101 confirmed
    token = f"{region}/{sku}"
    inflight[token] = len(inflight)
    base = catalog.get(sku)
    if base is None:
        return None
    price = round(base * REGION_RATE[region], 2)
    inflight.pop(token, None)
    return price


_skus = itertools.count()


def scenario():
    n = next(_skus)
    catalog = {f"sku{n}": 10.0 + n % 5}
    fetch_price(f"sku{n}", "eu", catalog)
    return fetch_price(f"sku{n}-discontinued", "us", catalog)
