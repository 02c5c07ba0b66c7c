"""Currency converter: exchange rates are memoised per (base, quote, day) in
a default OrderedDict used as an LRU. A hit moves the entry to the end; a
miss stores the new rate and then evicts the least recently used entry with
popitem(last=False) once more than 32 rates are held, so the memo stays at
33 entries however many days are converted."""
import collections
import itertools
import zlib

_days = itertools.count()


def _fetch_rate(base, quote, day):
    return 1 + zlib.crc32(f"{base}/{quote}@{day}".encode()) % 1000 / 1000


def convert(amount, base, quote, day, _rates=collections.OrderedDict()):  # expect: HL101 refuted
    key = (base, quote, day)
    if key in _rates:
        _rates.move_to_end(key)
    else:
        _rates[key] = _fetch_rate(base, quote, day)
        if len(_rates) > 32:
            _rates.popitem(last=False)
    return round(amount * _rates[key], 2)


def scenario():
    n = next(_days)
    return convert(100 + n % 50, "EUR", "USD", f"2024-day-{n:06d}")
