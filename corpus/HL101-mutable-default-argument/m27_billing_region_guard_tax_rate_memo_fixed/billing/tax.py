"""Tax: the effective rate per (region, currency) is computed once."""
from .regions import CURRENCIES, REGIONS, STANDARD_RATES


def tax_rate(region, currency, _rates={}):  # expect: HL101 refuted
    if region not in REGIONS:
        raise ValueError(f"unsupported region {region!r}")
    if currency not in CURRENCIES:
        raise ValueError(f"unsupported currency {currency!r}")
    key = (region, currency)
    rate = _rates.get(key)
    if rate is None:
        rate = _rates[key] = round(STANDARD_RATES[region], 4)
    return rate
