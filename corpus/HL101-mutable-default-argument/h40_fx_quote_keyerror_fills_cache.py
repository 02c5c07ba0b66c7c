"""FX service: quote() memoises rates by (pair, day) in its default dict, filling it in the KeyError handler; every invoice asks for a new day."""
import itertools

_BASE = {"EURUSD": 1.08, "GBPUSD": 1.27, "USDJPY": 151.2}


def quote(pair, day, _cache={}):  # expect: HL101 confirmed
    try:
        return _cache[pair, day]
    except KeyError:
        drift = (sum(map(ord, day)) % 17) / 1000
        rate = _cache[pair, day] = round(_BASE[pair] * (1 + drift), 5)
        return rate


def convert(amount, pair, day):
    return round(amount * quote(pair, day), 2)


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    day = f"2024-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}/{n}"
    return convert(100 + n % 50, "EURUSD", day)
