"""Currency converter: exchange rates are memoised per (base, quote, day) in
a default OrderedDict used as an LRU. The size check was put in the hit
branch, next to move_to_end(), so popitem(last=False) only runs when a rate
is found again. Every conversion here is for a new day, all misses: each
stores its rate and nothing is ever evicted, so the memo grows per call."""
import collections
import itertools
import zlib

_days = itertools.count()


def _fetch_rate(base, quote, day):
    return 1 + zlib.crc32(f"{base}/{quote}@{day}".encode()) % 1000 / 1000


def convert(amount, base, quote, day, _rates=collections.OrderedDict()):  # expect: HL101 confirmed
    key = (base, quote, day)
    if key in _rates:
        _rates.move_to_end(key)
        if len(_rates) > 32:
            _rates.popitem(last=False)
    else:
        _rates[key] = _fetch_rate(base, quote, day)
    return round(amount * _rates[key], 2)


def scenario():
    n = next(_days)
    return convert(100 + n % 50, "EUR", "USD", f"2024-day-{n:06d}")
