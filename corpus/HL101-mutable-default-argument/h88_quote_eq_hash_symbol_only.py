"""Market data: Quote's __eq__/__hash__ cover the symbol only, so the intern pool holds at most one Quote per listed symbol."""
import itertools


class Quote:
    __slots__ = ("symbol", "ts", "price")

    def __init__(self, symbol, ts, price):
        self.symbol, self.ts, self.price = symbol, ts, price

    def __eq__(self, other):
        return isinstance(other, Quote) and self.symbol == other.symbol

    def __hash__(self):
        return hash(self.symbol)


# heaplint-todo: it flows into keys compared by their class's __eq__, which heaplint cannot see (heaplint: unknown)
def canonical(quote, _pool={}):  # expect: HL101 refuted
    return _pool.setdefault(quote, quote)


_ticks = itertools.count()
SYMBOLS = ("ACME", "GLOBX", "INITECH")


def scenario():
    n = next(_ticks)
    q = canonical(Quote(SYMBOLS[n % 3], 1_700_000_000 + n, 100.0 + n % 7))
    return f"{q.symbol}@{q.price:.2f}"
