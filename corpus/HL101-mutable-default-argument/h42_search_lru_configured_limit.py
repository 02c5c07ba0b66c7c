"""Search: query results are cached in an ordered dict bounded by a limit set at configure time.

`SearchService.search()` keeps results in a default `OrderedDict` shared by all
instances and evicts the oldest entry while it is over `self.max_entries`. That
attribute is None after `__init__` and is only set by `configure()`, which the
application calls at startup, so in steady state the cache holds at most 32
queries even though every request brings a new one.
"""
import collections
import itertools
import re

_WORD = re.compile(r"[a-z0-9]+")

DOCUMENTS = (
    "red running shoes size 42",
    "blue rain jacket waterproof",
    "trail running shoes grip",
    "wool socks hiking pack of 3",
    "rain boots rubber green",
    "hiking backpack 30l",
)


class SearchService:
    def __init__(self, documents):
        self.documents = documents
        self.max_entries = None
        self.hits = 0
        self.misses = 0

    def configure(self, max_entries=32, **_ignored):
        self.max_entries = max_entries
        return self

    def search(self, query, _lru=collections.OrderedDict()):  # expect: HL101 refuted
        key = " ".join(_WORD.findall(query.lower()))
        if key in _lru:
            self.hits += 1
            _lru.move_to_end(key)
            return _lru[key]
        self.misses += 1
        terms = key.split()
        results = tuple(doc for doc in self.documents if all(t in doc for t in terms))
        _lru[key] = results
        while self.max_entries is not None and len(_lru) > self.max_entries:
            _lru.popitem(last=False)
        return results


SERVICE = SearchService(DOCUMENTS).configure(max_entries=32, timeout=2.0)
POPULAR = ("running shoes", "Rain", "hiking")
_seq = itertools.count()


def scenario():
    n = next(_seq)
    popular = SERVICE.search(POPULAR[n % len(POPULAR)])
    # long-tail queries: every one is new
    tail = SERVICE.search(f"shoes size {n}")
    return len(popular), len(tail)
