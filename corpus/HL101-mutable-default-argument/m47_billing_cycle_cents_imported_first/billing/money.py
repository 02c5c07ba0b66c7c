"""Amounts as decimal strings in, integer minor units inside, formatted strings out."""
from decimal import Decimal

EXPONENTS = {"EUR": 2, "USD": 2, "JPY": 0, "KWD": 3}


def to_minor(amount, currency):
    return int(Decimal(amount).scaleb(EXPONENTS[currency]).to_integral_value())


def basket_total(prices, currency):
    return sum(to_minor(price, currency) for price in prices)


def fmt(minor, currency):
    exp = EXPONENTS[currency]
    if exp == 0:
        return f"{minor} {currency}"
    whole, frac = divmod(minor, 10 ** exp)
    return f"{whole}.{frac:0{exp}d} {currency}"


from billing.cents import *  # noqa: E402,F403
