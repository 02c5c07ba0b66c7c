"""formatting: money in the conventions of a locale."""
from .loader import SEPARATORS, load_catalog

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def currency_pattern(locale, currency, _patterns={}):  # expect: HL101 refuted
    """The catalog pattern with the symbol filled in, memoized per (locale, currency)."""
    key = (locale, currency)
    if key not in _patterns:
        pattern = load_catalog(locale)["currency.pattern"]
        _patterns[key] = pattern.replace("{symbol}", SYMBOLS[currency])
    return _patterns[key]


def format_currency(amount, currency, locale):
    thousands, decimal = SEPARATORS[locale]
    digits = f"{amount:,.2f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return currency_pattern(locale, currency).format(amount=digits)
