"""formatting: money in the conventions of a locale."""
from .loader import SEPARATORS, load_catalog

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def currency_pattern(locale, currency):
    pattern = load_catalog(locale)["currency.pattern"]
    return pattern.replace("{symbol}", SYMBOLS[currency])


def format_currency(amount, currency, locale, _formatted={}):  # expect: HL101 confirmed
    """`amount` as money in `locale`, memoized per (amount, currency, locale)."""
    key = (amount, currency, locale)
    if key not in _formatted:
        thousands, decimal = SEPARATORS[locale]
        digits = f"{amount:,.2f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)
        _formatted[key] = currency_pattern(locale, currency).format(amount=digits)
    return _formatted[key]
