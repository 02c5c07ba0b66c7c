"""Invoice display: Money.__format__ memoizes its rendered text in a default
dict keyed by (cents, currency, spec), so repeated amounts skip the float
formatting. Every invoice has its own amounts, so each line item adds an entry
that is never evicted."""
import itertools

_invoices = itertools.count()


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __format__(self, spec, _rendered={}):  # expect: HL101 confirmed
        key = (self.cents, self.currency, spec)
        if key not in _rendered:
            align, _, width = spec.partition(":") if ":" in spec else (">", "", spec)
            text = f"{self.cents / 100:,.2f} {self.currency}"
            _rendered[key] = f"{text:{align or '>'}{width or 0}}"
        return _rendered[key]

    def __str__(self):
        return format(self, "")


def scenario():
    n = next(_invoices)
    items = [(f"consulting, week {n % 52}", Money(120000 + 7 * n)), ("travel", Money(4550 + n))]
    width = max(len(desc) for desc, _ in items)
    lines = [f"{desc:<{width}} {amount:>:18}" for desc, amount in items]
    lines.append(f"{'total':<{width}} {Money(sum(a.cents for _, a in items))!s:>18}")
    return "\n".join(lines)
