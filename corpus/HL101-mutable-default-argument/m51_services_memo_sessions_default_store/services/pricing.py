from .memo import remember as memo

TAX_RATES = {"de": 19, "fr": 20, "us": 7}


def _rate(country):
    return TAX_RATES.get(country, 0)


def quote(sku, net_cents, country, user):
    rate = memo(("tax", country), lambda: _rate(country))
    gross = net_cents + net_cents * rate // 100
    return {"sku": sku, "user": user["name"], "gross": gross}
