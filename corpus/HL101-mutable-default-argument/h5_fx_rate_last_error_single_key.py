"""Payments: a currency lookup remembers only the most recent failure, under a fixed key of a dict default."""
import itertools
from decimal import Decimal

RATES = {"EUR": Decimal("1.08"), "GBP": Decimal("1.27"), "JPY": Decimal("0.0067")}


class UnsupportedCurrency(LookupError):
    pass


def to_usd(amount: Decimal, currency: str, _status: dict[str, str] = {}) -> Decimal:  # expect: HL101 refuted
    try:
        rate = RATES[currency]
    except KeyError:
        _status["last_error"] = f"no rate for {currency}"
        raise UnsupportedCurrency(currency) from None
    _status["last_ok"] = currency
    return (amount * rate).quantize(Decimal("0.01"))


def charge(order_id: str, amount: str, currency: str) -> str:
    try:
        usd = to_usd(Decimal(amount), currency)
    except UnsupportedCurrency:
        return f"{order_id}: declined"
    return f"{order_id}: {usd} USD"


_orders = itertools.count()


def scenario():
    n = next(_orders)
    charge(f"o{n}", f"{n % 500}.99", ("EUR", "GBP", f"X{n % 1000:03d}")[n % 3])
