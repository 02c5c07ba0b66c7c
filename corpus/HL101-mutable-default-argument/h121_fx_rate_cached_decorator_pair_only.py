"""FX conversion: a caching decorator memoises look-ups in its factory's
default dict under a key built by a key function. Only the reference mid
rate is cached, keyed by currency pair; the value date (a `date` or an ISO
string) only picks a spread applied outside the cache: one entry per pair."""
import datetime
import itertools
import zlib
from decimal import Decimal

_trades = itertools.count()
CURRENCIES = ("EUR", "USD", "GBP", "JPY")


# heaplint-todo: called with new arguments as outside code would call it, decorate grows it; but this application uses decorate as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def cached(key, store={}):  # expect: HL101 refuted
    def decorate(fn):
        def wrapper(*args):
            k = (fn.__name__, key(*args))
            if k not in store:
                store[k] = fn(*args)
            return store[k]
        return wrapper
    return decorate


@cached(key=lambda base, quote: (base, quote))
def reference_rate(base, quote):
    return Decimal(500 + zlib.crc32(f"{base}{quote}".encode()) % 1000) / 1000


def convert(amount, base, quote, on):
    if isinstance(on, str):
        on = datetime.date.fromisoformat(on)
    rate = reference_rate(base, quote) * (1 + Decimal(on.weekday()) / 10000)
    return amount if base == quote else (amount * rate).quantize(Decimal("0.01"))


def scenario():
    n = next(_trades)
    on = datetime.date(2015, 1, 1) + datetime.timedelta(days=n)
    return convert(Decimal(n % 900) + Decimal("0.25"), CURRENCIES[n % 4], CURRENCIES[(n + 1) % 4], on.isoformat() if n % 2 else on)
