from .config import TAX_RATES


def amount(net, region):
    return round(net * TAX_RATES.get(region, 0.0))
