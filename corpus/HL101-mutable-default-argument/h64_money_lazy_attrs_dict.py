"""Money value type with __slots__: derived attributes are computed lazily on first access."""
import decimal
import itertools

_CENTS = decimal.Decimal("0.01")
_DERIVED = {
    "rounded": lambda amount, currency: amount.quantize(_CENTS, rounding=decimal.ROUND_HALF_EVEN),
    "minor_units": lambda amount, currency: int(amount.scaleb(2).to_integral_value()),
    "display": lambda amount, currency: f"{amount:,.2f} {currency}",
}


class Money:
    __slots__ = ("amount", "currency", "__weakref__")

    def __init__(self, amount, currency="EUR"):
        self.amount = decimal.Decimal(amount)
        self.currency = currency

    def __getattr__(self, name, _computed={}):  # expect: HL101 confirmed
        if name not in _DERIVED:
            raise AttributeError(name)
        values = _computed.setdefault(self, {})
        if name not in values:
            values[name] = _DERIVED[name](self.amount, self.currency)
        return values[name]


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    total = Money(f"{n}.{n % 100:02d}5")
    return total.display, total.minor_units, total.rounded
