"""Currency conversion for invoices, with a home-grown ``memoize`` decorator
whose cache is the decorator's default dict, shared by every decorated
function. ``convert`` is memoized too, and its key includes the invoice amount,
which differs per invoice, so the shared cache gains entries on every call."""
import functools
import itertools

_invoice_ids = itertools.count()

_RATES_TO_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}


def memoize(fn, _cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        try:
            return _cache[key]
        except KeyError:
            pass
        value = _cache[key] = fn(*args)
        return value

    return wrapper


@memoize
def exchange_rate(src, dst):
    if src == dst:
        return 1.0
    return _RATES_TO_USD[src] / _RATES_TO_USD[dst]


@memoize
def convert(amount_cents, src, dst):
    return round(amount_cents * exchange_rate(src, dst))


_ROUTES = [("EUR", "USD"), ("USD", "GBP"), ("GBP", "EUR"), ("JPY", "EUR")]


def invoice_total(lines, currency):
    total = 0
    for amount_cents, line_currency in lines:
        total += convert(amount_cents, line_currency, currency)
    return total


def scenario():
    n = next(_invoice_ids)
    src, dst = _ROUTES[n % len(_ROUTES)]
    lines = [(1000 + n, src), (250 + 2 * n, dst)]
    return invoice_total(lines, dst)
