"""Payments: __setattr__ passes each value through the normalizer listed for
it in the class-level NORMALIZERS map. intern_code() keeps one canonical
upper-case string per code in its `_pool={}` default; only the currency, one
of a few ISO codes, goes through it, so the pool stops growing at once."""
import itertools
from decimal import Decimal


# heaplint-todo: called with new arguments as outside code would call it, `intern_code` grows it; but this application does not call `intern_code` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def intern_code(value, _pool={}):  # expect: HL101 refuted
    key = value.strip().upper()
    return _pool.setdefault(key, key)


class Money:
    def __call__(self, value):
        amount = Decimal(value).quantize(Decimal("0.01"))
        if amount <= 0:
            raise ValueError(f"amount must be positive: {value}")
        return amount


class Payment:
    NORMALIZERS = {"amount": Money(), "currency": intern_code, "reference": str.strip}

    def __init__(self, reference, amount, currency):
        self.reference = reference
        self.amount = amount
        self.currency = currency

    def __setattr__(self, name, value):
        object.__setattr__(self, name, self.NORMALIZERS[name](value))


_payments = itertools.count()


def scenario():
    n = next(_payments)
    payment = Payment(f" sepa-{n:08d}-rent-flat-3b ", f"{100 + n % 900}.50", (" eur", "usd ", "Chf")[n % 3])
    return payment.reference, payment.amount, payment.currency
