"""Price lookups used by the quoting endpoint."""
from timing import timed

BASE = {"A1": 4.0, "B2": 9.5, "C3": 12.25}
REGIONS = {"eu": 4.9, "us": 7.5, "uk": 5.5}


@timed
def unit_price(sku, qty):
    base = BASE.get(sku, 5.0 + len(sku) % 7)
    return round(base * (0.9 if qty >= 10 else 1.0), 2)


@timed
def shipping(region, weight):
    return round(REGIONS[region] + 0.4 * weight, 2)
