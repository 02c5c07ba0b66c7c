"""Money rounding: the rounding mode used for a currency is pinned with
`setdefault` the first time the currency is rounded, so later statements
stay consistent. Accounts reach it through a `rounding` property. The pin
table is the function's default dict and every call writes to it, but it is
keyed by currency alone and only four currencies are in use."""
import itertools
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

_accounts = itertools.count()
HOUSE_MODES = {"JPY": ROUND_DOWN, "CHF": ROUND_HALF_UP}
EXPONENTS = {"JPY": Decimal("1"), "KWD": Decimal("0.001")}


def rounding_mode(account_id, currency, table={}):  # expect: HL101 refuted
    return table.setdefault(currency, HOUSE_MODES.get(currency, ROUND_HALF_EVEN))


class Account:
    default_currency = "EUR"

    def __init__(self, number, currency=None):
        self.number = number
        self.currency = currency or self.default_currency

    @property
    def rounding(self):
        return rounding_mode(self.number, self.currency)

    def round(self, amount):
        exponent = EXPONENTS.get(self.currency, Decimal("0.01"))
        return Decimal(amount).quantize(exponent, rounding=self.rounding)


def scenario():
    n = next(_accounts)
    account = Account(f"ACC-{n:08d}", (None, "JPY", "CHF", "KWD")[n % 4])
    return str(account.round(f"{n}.{n % 997:03d}5"))
