"""Price formatter: `symbol_for` is memoised with a small lru_cache; on a
cache miss the body also notes the code in `misses` (a list default the
caller never passes) for the admin page. The cache is bounded, but every
quote carries a fresh instrument code, so every call misses and the
default list keeps each code."""
import functools
import itertools

_quotes = itertools.count()
SYMBOLS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5"}


class Formatter:
    @functools.lru_cache(maxsize=16)
    def symbol_for(self, code, misses=[]):  # expect: HL101 confirmed
        misses.append(code)
        return SYMBOLS.get(code[:3], code[:3])

    def format(self, amount, code):
        return f"{self.symbol_for(code)}{amount:,.2f}"


FORMATTER = Formatter()


def scenario():
    n = next(_quotes)
    return FORMATTER.format(n * 1.25, f"{'USD EUR GBP JPY'.split()[n % 4]}-FWD-{n:06d}")
