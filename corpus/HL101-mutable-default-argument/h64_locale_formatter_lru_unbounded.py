"""Invoice rendering: one formatter per locale, each memoising formatted amounts."""
import functools
import itertools

LOCALES = {
    "en_US": {"thousands": ",", "decimal": ".", "symbol_first": True},
    "de_DE": {"thousands": ".", "decimal": ",", "symbol_first": False},
}


class AmountFormatter:
    def __init__(self, locale):
        self.conventions = LOCALES[locale]

    @functools.cached_property
    def format(self):
        return functools.lru_cache(maxsize=None)(self._format)

    def _format(self, cents, symbol):
        whole, frac = divmod(cents, 100)
        conv = self.conventions
        text = f"{whole:,}".replace(",", conv["thousands"]) + f"{conv['decimal']}{frac:02d}"
        return f"{symbol}{text}" if conv["symbol_first"] else f"{text} {symbol}"


def formatter_for(locale, _formatters={}):  # expect: HL101 confirmed
    if locale not in _formatters:
        _formatters[locale] = AmountFormatter(locale)
    return _formatters[locale]


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    locale = "de_DE" if n % 2 else "en_US"
    return formatter_for(locale).format(n * 1234567, "€")
