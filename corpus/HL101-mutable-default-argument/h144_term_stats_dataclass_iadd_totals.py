"""Corpus statistics: each `DocStats` dataclass holds one document's term
counts, and `corpus_totals()` folds several of them into a Counter default
with `+=` before reporting the most common terms. Counter's `+=` updates the
left operand in place instead of binding a new Counter, so the shared
default collects every term of every call."""
import collections
import dataclasses
import itertools

_docs = itertools.count()


@dataclasses.dataclass
class DocStats:
    doc_id: str
    counts: collections.Counter = dataclasses.field(default_factory=collections.Counter)

    @classmethod
    def from_text(cls, doc_id, text):
        return cls(doc_id, collections.Counter(text.lower().split()))


def corpus_totals(stats, totals=collections.Counter()):  # expect: HL101 confirmed
    for s in stats:
        totals += s.counts
    return totals.most_common(3)


def scenario():
    n = next(_docs)
    docs = [DocStats.from_text(f"d{n}-{i}", f"claim {n} filed by agent{i} for policy{n}") for i in range(2)]
    return corpus_totals(docs)
