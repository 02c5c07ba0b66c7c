"""Minor-unit helpers: memoised conversion and instalment splitting."""
from decimal import Decimal

import billing.money as money

__all__ = ["to_minor", "split"]


def to_minor(amount, currency, _memo={}):  # expect: HL101 refuted
    key = (amount, currency)
    try:
        return _memo[key]
    except KeyError:
        pass
    minor = int(Decimal(amount).scaleb(money.EXPONENTS[currency]).to_integral_value())
    _memo[key] = minor
    return minor


def split(total, parts):
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]
