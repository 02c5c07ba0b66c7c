"""Text stats: `totals += Counter(...)` updates the default Counter in place; `seen = seen + Counter(...)` copies."""
import collections
import itertools


def running_totals(words, totals=collections.Counter()):  # expect: HL101 confirmed
    totals += collections.Counter(words)
    return totals.most_common(1)


def batch_counts(words, seen=collections.Counter()):  # expect: HL101 refuted
    seen = seen + collections.Counter(words)
    return sum(seen.values())


_docs = itertools.count()


def scenario():
    n = next(_docs)
    words = f"order{n} shipped order{n} late".split()
    batch_counts(words)
    running_totals(words)
