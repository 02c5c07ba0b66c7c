"""Collocation finder: `bigram_counts()` tallies adjacent word pairs into a
defaultdict default, skipping stop words and pairs that straddle
punctuation; the table parameter exists so a caller can stream many chunks
into one table. `top_collocations()` wants one document's pairs and leaves
the default in place, so the shared table keeps every pair ever seen."""
import collections
import itertools

_docs = itertools.count()
_STOP = frozenset("a an the of to and in".split())


def bigram_counts(tokens, counts=collections.defaultdict(int)):  # expect: HL101 confirmed
    prev = None
    for tok in tokens:
        if tok in ".,;!?":
            prev = None
            continue
        if tok in _STOP:
            continue
        if prev is not None:
            counts[prev, tok] += 1
        prev = tok
    return counts


def top_collocations(text, k=3):
    counts = bigram_counts(text.lower().replace(",", " , ").replace(".", " . ").split())
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def scenario():
    n = next(_docs)
    return top_collocations(f"Order {n} shipped, order {n} delivered to depot{n}.")
