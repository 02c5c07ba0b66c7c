"""Currency formatting; a formatter is built once and memoised."""

_SYMBOLS = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}


def _build(currency):
    symbol = _SYMBOLS.get(currency, currency + " ")
    return lambda amount: f"{symbol}{amount:,.2f}"


def format_price(amount, currency="EUR", _formatters={}):  # expect: HL101 refuted
    key = currency
    formatter = _formatters.get(key)
    if formatter is None:
        formatter = _formatters[key] = _build(currency)
    return formatter(amount)
