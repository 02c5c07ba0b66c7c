"""Rates: the taxed per-kilo factor of a region is computed once and memoised."""
from . import instrument
from .tables import BASE_RATES, VAT


@instrument.counted
def shipping_rate(region, weight_kg, _factors={}):  # expect: HL101 refuted
    factor = _factors.get(region)
    if factor is None:
        factor = _factors[region] = round(BASE_RATES[region] * VAT, 4)
    return round(factor * weight_kg, 2)
