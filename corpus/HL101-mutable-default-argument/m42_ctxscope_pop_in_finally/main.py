import itertools

from billing import handle_charge

_ids = itertools.count()
CURRENCIES = ("EUR", "usd", "XAU", "GBP")


def scenario():
    n = next(_ids)
    payload = {
        "customer": "cus_%06d" % n,
        "amount": "%d.%02d" % (n % 500, n % 100),
        "currency": CURRENCIES[n % len(CURRENCIES)],
    }
    status, body = handle_charge(payload)
    return status, body
