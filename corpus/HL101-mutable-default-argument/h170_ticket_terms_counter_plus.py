"""Keyword extractor for support tickets: words are tallied with a Counter
and the top terms returned via ``most_common()``. The base tally is a Counter
default, but ``counts = counts + Counter(words)`` builds a new Counter and
rebinds the local name, so the default is never mutated and stays empty."""
import collections
import itertools
import re

_ids = itertools.count()
_WORD = re.compile(r"[a-z0-9_-]{3,}")


def top_terms(text, limit=3, counts=collections.Counter()):  # expect: HL101 refuted
    counts = counts + collections.Counter(_WORD.findall(text.lower()))
    return [word for word, _ in counts.most_common(limit)]


def scenario():
    n = next(_ids)
    text = f"Order ORD-{n} failed at checkout; checkout timeout for user u{n}"
    return top_terms(text)
