import itertools

from fxclient import build_client

_ids = itertools.count()
client = build_client({"provider": "ecb", "cache_size": "16", "timeout": "2.5"})
PAIRS = (("EUR", "USD"), ("GBP", "EUR"), ("USD", "JPY"))


def scenario():
    n = next(_ids)
    base, quote = PAIRS[n % len(PAIRS)]
    day = "2024-%02d-%02d#%d" % (n % 12 + 1, n % 28 + 1, n)
    rate = client.get_rate(base, quote, day)
    again = client.get_rate(base, quote, day)
    if rate != again:
        raise AssertionError("memo returned a different rate")
    return round(100 * rate, 2), client.timeout
