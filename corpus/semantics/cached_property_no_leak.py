"""functools.cached_property stores the value in the instance __dict__: nothing outlives the instance."""
# retains: no
import functools
import itertools

_ids = itertools.count()


class Invoice:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines

    @functools.cached_property
    def total(self):
        return [sum(self.lines), len(self.lines)]


def scenario():
    n = next(_ids)
    Invoice(n, [n, n + 1, n + 2]).total
