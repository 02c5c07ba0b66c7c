"""Pricing service: list prices are Decimals; `PriceBook.quote` converts a
line total into the customer's currency and rounds it to the currency's
minor unit. Only the quantum (0.01, 1, 0.001) is memoised, in a dict
default keyed by currency code, so it holds one entry per currency."""
import itertools
from decimal import ROUND_HALF_UP, Decimal

_lines = itertools.count()
MINOR_UNITS = {"EUR": 2, "JPY": 0, "KWD": 3, "USD": 2}


def quantum_for(currency, _memo={}):  # expect: HL101 refuted
    if currency not in _memo:
        _memo[currency] = Decimal(1).scaleb(-MINOR_UNITS[currency])
    return _memo[currency]


class PriceBook:
    rates = {"EUR": Decimal("1"), "JPY": Decimal("161.37"),
             "KWD": Decimal("0.3331"), "USD": Decimal("1.0842")}

    def quote(self, list_price, qty, currency):
        total = list_price * qty * self.rates[currency]
        amount = total.quantize(quantum_for(currency), rounding=ROUND_HALF_UP)
        return "{} {}".format(amount, currency)


def scenario():
    n = next(_lines)
    currency = sorted(PriceBook.rates)[n % 4]
    return PriceBook().quote(Decimal("19.99") + Decimal(n) / 100, n % 7 + 1, currency)
