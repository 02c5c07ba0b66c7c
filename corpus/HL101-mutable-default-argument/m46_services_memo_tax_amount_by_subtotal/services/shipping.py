"""Shipping quotes from per-kg parcel prices."""
import helpers.memo as memo


def _parcel_price(key):
    weight, zone = key
    per_kg = 1.2 if zone == "intl" else 0.6
    return 4.5 + weight * per_kg


def quote(parcels, zone):
    prices = {}
    total = sum(memo.memoized_call((weight, zone), _parcel_price, prices) for weight in parcels)
    return round(total, 2)
