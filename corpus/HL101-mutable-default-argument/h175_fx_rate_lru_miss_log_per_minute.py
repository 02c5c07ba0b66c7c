"""Checkout pricing: the conversion-rate helper is memoised with
functools.lru_cache(maxsize=32) and, on every cache miss, notes the quote it
fetched in the `_misses` list default for the admin "quotes fetched" page.
Quotes are keyed by the order's minute, and every checkout here lands in a new
minute, so every call misses and the shared list grows without bound (the
lru_cache itself stays at 32 entries)."""
import functools
import itertools

_orders = itertools.count()
_RATES = {"EUR": 1.0, "USD": 1.09, "GBP": 0.86, "CHF": 0.95}


@functools.lru_cache(maxsize=32)
def rate(base, quote, minute, _misses=[]):  # expect: HL101 confirmed
    _misses.append((base, quote, minute, f"fetched {base}/{quote} at minute {minute}"))
    return round(_RATES[quote] / _RATES[base], 6)


def convert(amount_cents, base, quote, minute):
    return round(amount_cents * rate(base, quote, minute))


def scenario():
    n = next(_orders)
    return convert(1000 + n % 500, "EUR", "USD", 28_000_000 + n)
