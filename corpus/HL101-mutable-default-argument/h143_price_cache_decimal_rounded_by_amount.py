"""Pricing service: list prices are Decimals; `PriceBook.quote` converts a
line total into the customer's currency and rounds it to the currency's
minor unit. The rounding helper memoises its results in a dict default
keyed by (amount, currency), and every order line has its own amount."""
import itertools
from decimal import ROUND_HALF_UP, Decimal

_lines = itertools.count()
MINOR_UNITS = {"EUR": 2, "JPY": 0, "KWD": 3, "USD": 2}


def rounded(amount, currency, _memo={}):  # expect: HL101 confirmed
    key = (amount, currency)
    if key not in _memo:
        quantum = Decimal(1).scaleb(-MINOR_UNITS[currency])
        _memo[key] = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    return _memo[key]


class PriceBook:
    rates = {"EUR": Decimal("1"), "JPY": Decimal("161.37"),
             "KWD": Decimal("0.3331"), "USD": Decimal("1.0842")}

    def quote(self, list_price, qty, currency):
        total = list_price * qty * self.rates[currency]
        return "{} {}".format(rounded(total, currency), currency)


def scenario():
    n = next(_lines)
    currency = sorted(PriceBook.rates)[n % 4]
    return PriceBook().quote(Decimal("19.99") + Decimal(n) / 100, n % 7 + 1, currency)
