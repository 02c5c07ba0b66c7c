"""Money formatting; __all__ exports format_money only."""
__all__ = ["format_money"]


def format_money(cents, currency="EUR", symbols={"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}):  # expect: HL101 refuted
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{symbols.get(currency, currency + ' ')}{whole:,}.{frac:02d}"


def legacy_format(cents, width=12):
    return ("%.2f" % (cents / 100.0)).rjust(width)
