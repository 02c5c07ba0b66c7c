"""Money value for an invoicing app; templates render it through f-strings."""
import itertools
from decimal import Decimal

_invoice_no = itertools.count(1000)
_SYMBOLS = {"EUR": "\u20ac", "USD": "$", "GBP": "\u00a3"}


class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency.upper()

    # heaplint-todo: grows only when called as outside code would; the f-strings that call __format__ here did not grow it, which is no proof (heaplint: unknown)
    def __format__(self, spec, _templates={}):  # expect: HL101 refuted
        key = (self.currency, spec)
        template = _templates.get(key)
        if template is None:
            symbol = _SYMBOLS.get(self.currency, self.currency + " ")
            template = _templates[key] = symbol + "{:" + (spec or ",.2f") + "}"
        return template.format(Decimal(self.cents) / 100)


def render_invoice(number, lines, currency):
    out = [f"Invoice #{number}"]
    total = 0
    for label, cents in lines:
        total += cents
        out.append(f"{label:<20}{Money(cents, currency):>12,.2f}")
    out.append(f"{'Total':<20}{Money(total, currency)}")
    return "\n".join(out)


def scenario():
    n = next(_invoice_no)
    lines = [("Consulting", n * 1250), ("Hosting", 4999 + n % 7)]
    render_invoice(n, lines, "eur" if n % 3 else "usd")
