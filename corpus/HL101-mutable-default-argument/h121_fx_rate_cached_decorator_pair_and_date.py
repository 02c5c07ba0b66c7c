"""FX conversion: a caching decorator memoises look-ups in its factory's
default dict under a key built by a key function. The daily rate is keyed by
currency pair and value date (given as a `date` or an ISO string), so every
new value date adds entries that nothing evicts."""
import datetime
import itertools
import zlib
from decimal import Decimal

_trades = itertools.count()
CURRENCIES = ("EUR", "USD", "GBP", "JPY")


def cached(key, store={}):  # expect: HL101 confirmed
    def decorate(fn):
        def wrapper(*args):
            k = (fn.__name__, key(*args))
            if k not in store:
                store[k] = fn(*args)
            return store[k]
        return wrapper
    return decorate


@cached(key=lambda base, quote, on: (base, quote, on.isoformat()))
def daily_rate(base, quote, on):
    return Decimal(500 + zlib.crc32(f"{base}{quote}{on:%Y%m%d}".encode()) % 1000) / 1000


def convert(amount, base, quote, on):
    if isinstance(on, str):
        on = datetime.date.fromisoformat(on)
    return amount if base == quote else (amount * daily_rate(base, quote, on)).quantize(Decimal("0.01"))


def scenario():
    n = next(_trades)
    on = datetime.date(2015, 1, 1) + datetime.timedelta(days=n)
    return convert(Decimal(n % 900) + Decimal("0.25"), CURRENCIES[n % 4], CURRENCIES[(n + 1) % 4], on.isoformat() if n % 2 else on)
