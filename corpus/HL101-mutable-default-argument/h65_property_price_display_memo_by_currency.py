"""Storefront: prices render with the currency's symbol and precision; rendering is memoised."""
import itertools

CURRENCIES = {
    "EUR": ("\u20ac", 2),
    "USD": ("$", 2),
    "JPY": ("\u00a5", 0),
}


def _template(currency):
    symbol, digits = CURRENCIES[currency]
    return symbol + "{:,.%df}" % digits


class Price:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    @property
    def display(self, _rendered={}):  # expect: HL101 refuted
        key = self.currency
        if key not in _rendered:
            _rendered[key] = _template(self.currency)
        return _rendered[key].format(self.amount)


_carts = itertools.count()


def scenario():
    n = next(_carts)
    currency = ("EUR", "USD", "JPY")[n % 3]
    return Price(n * 3.99, currency).display
