"""Price formatter: `symbol_for` is memoised with a small lru_cache; on a
cache miss the body also notes the code in `misses` (a list default the
caller never passes) for the admin page. Quotes only ever carry one of
four currency codes, so after the first four misses every call is a cache
hit and the body, with its append, no longer runs."""
import functools
import itertools

_quotes = itertools.count()
SYMBOLS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5"}


class Formatter:
    @functools.lru_cache(maxsize=16)
    # heaplint-todo: outside callers of the public method may pass new codes, each a cache miss that appends (heaplint: unknown)
    def symbol_for(self, code, misses=[]):  # expect: HL101 refuted
        misses.append(code)
        return SYMBOLS.get(code[:3], code[:3])

    def format(self, amount, code):
        return f"{self.symbol_for(code)}{amount:,.2f}"


FORMATTER = Formatter()


def scenario():
    n = next(_quotes)
    return FORMATTER.format(n * 1.25, "usd eur gbp jpy".split()[n % 4].upper())
