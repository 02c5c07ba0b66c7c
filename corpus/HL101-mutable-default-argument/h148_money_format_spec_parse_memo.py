"""Invoice display: Money.__format__ parses each format spec once and keeps
the parsed (align, width) pair in a default dict keyed by the spec string.
Invoices only ever use the handful of specs in the layout, so the memo stops
growing after the first invoice however many amounts pass through it."""
import itertools

_invoices = itertools.count()


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    # heaplint-todo: called with new arguments as outside code would call it, __format__ grows it; but this application uses __format__ as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def __format__(self, spec, _parsed={}):  # expect: HL101 refuted
        if spec not in _parsed:
            align, _, width = spec.partition(":") if ":" in spec else (">", "", spec)
            _parsed[spec] = (align or ">", int(width or 0))
        align, width = _parsed[spec]
        text = f"{self.cents / 100:,.2f} {self.currency}"
        return f"{text:{align}{width}}"

    def __str__(self):
        return format(self, "")


def scenario():
    n = next(_invoices)
    items = [(f"consulting, week {n % 52}", Money(120000 + 7 * n)), ("travel", Money(4550 + n))]
    width = max(len(desc) for desc, _ in items)
    lines = [f"{desc:<{width}} {amount:>:18}" for desc, amount in items]
    lines.append(f"{'total':<{width}} {Money(sum(a.cents for _, a in items))!s:>18}")
    return "\n".join(lines)
