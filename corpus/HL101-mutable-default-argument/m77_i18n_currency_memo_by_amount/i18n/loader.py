"""loader: parse the built-in .properties catalogs, once per locale."""

_SOURCES = {
    "en": "currency.pattern={symbol}{amount}\ninvoice.total=Total due: {total}\n",
    "de": "currency.pattern={amount} {symbol}\ninvoice.total=Gesamtbetrag: {total}\n",
    "fr": "currency.pattern={amount} {symbol}\ninvoice.total=Total à payer : {total}\n",
}

# (thousands separator, decimal separator)
SEPARATORS = {"en": (",", "."), "de": (".", ","), "fr": ("\u202f", ",")}


def load_catalog(locale, _catalogs={}):  # expect: HL101 refuted
    """The messages of `locale`; callers pass a negotiated, supported locale."""
    try:
        return _catalogs[locale]
    except KeyError:
        pass
    lines = _SOURCES[locale].splitlines()
    messages = _catalogs[locale] = dict(line.split("=", 1) for line in lines)
    return messages
