"""Log routing: RuleSet.compiled is an lru_cache'd method (maxsize=16, so the
cache pins at most 16 rule sets) that compiles a routing pattern and records
"tenant: pattern" in the `_sources` default for the /debug/rules page. The
default is a deque(maxlen=16): it keeps only the latest sixteen lines."""
import collections
import functools
import itertools
import re

_batches = itertools.count()


class RuleSet:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=16)
    def compiled(self, pattern, _sources=collections.deque(maxlen=16)):  # expect: HL101 refuted
        _sources.append(f"{self.name}: {pattern}")
        return re.compile(pattern)

    def route(self, line, pattern):
        return bool(self.compiled(pattern).search(line))


def scenario():
    n = next(_batches)
    rules = RuleSet(f"tenant-{n}")
    return rules.route(f"GET /orders/{n} 200", r"GET /orders/\d+ 2\d\d")
