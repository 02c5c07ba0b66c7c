"""Tax: the rate applied to each invoice is remembered for the audit export."""
from .regions import CURRENCIES, REGIONS, STANDARD_RATES


def tax_rate(invoice_no, region, currency, _applied={}):  # expect: HL101 confirmed
    if region not in REGIONS:
        raise ValueError(f"unsupported region {region!r}")
    if currency not in CURRENCIES:
        raise ValueError(f"unsupported currency {currency!r}")
    key = (invoice_no, region)
    rate = _applied.get(key)
    if rate is None:
        rate = _applied[key] = round(STANDARD_RATES[region], 4)
    return rate
