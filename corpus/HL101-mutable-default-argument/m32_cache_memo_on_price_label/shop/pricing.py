import functools

from caching import cached

CURRENCIES = {
    "USD": ("$", 2),
    "EUR": ("\u20ac", 2),
    "GBP": ("\u00a3", 2),
    "JPY": ("\u00a5", 0),
}


def _render(symbol, places, amount_minor):
    value = amount_minor / (10 ** places) if places else amount_minor
    sign = "-" if value < 0 else ""
    return "%s%s%s" % (sign, symbol, format(abs(value), ",.%df" % places))


def currency_format(code):
    try:
        symbol, places = CURRENCIES[code]
    except KeyError:
        raise ValueError("unsupported currency %r" % code) from None
    return functools.partial(_render, symbol, places)


@cached
def price_label(amount_minor, code):
    fmt = currency_format(code.strip().upper())
    return fmt(amount_minor)
