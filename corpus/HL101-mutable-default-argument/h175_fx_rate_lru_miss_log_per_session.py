"""Checkout pricing: the conversion-rate helper is memoised with
functools.lru_cache(maxsize=32) and, on every cache miss, notes the quote it
fetched in the `_misses` list default for the admin "quotes fetched" page.
Quotes are keyed by trading session, one of three, so after the first three
checkouts every call is a cache hit and the shared list stops growing."""
import functools
import itertools

_orders = itertools.count()
_RATES = {"EUR": 1.0, "USD": 1.09, "GBP": 0.86, "CHF": 0.95}
_SESSIONS = ("asia", "europe", "americas")


@functools.lru_cache(maxsize=32)
# heaplint-todo: called with new arguments as outside code would call it, `rate` grows it; but this application does not call `rate` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def rate(base, quote, session, _misses=[]):  # expect: HL101 refuted
    _misses.append((base, quote, session, f"fetched {base}/{quote} in session {session}"))
    return round(_RATES[quote] / _RATES[base], 6)


def convert(amount_cents, base, quote, session):
    return round(amount_cents * rate(base, quote, session))


def scenario():
    n = next(_orders)
    return convert(1000 + n % 500, "EUR", "USD", _SESSIONS[n % 3])
