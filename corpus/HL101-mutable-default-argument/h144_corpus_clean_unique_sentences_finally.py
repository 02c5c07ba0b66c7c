"""Corpus cleaner: `unique_sentences()` is a generator that splits a
document into sentences and skips any it has already emitted; `lead()`
takes only the first two for a preview and drops the generator. The `seen`
set default is emptied in a `finally` clause, which also runs when the
abandoned generator is closed, so no sentence outlives its document."""
import itertools
import re

_docs = itertools.count()
_SPLIT = re.compile(r"(?<=[.!?])\s+")


def unique_sentences(text, seen=set()):  # expect: HL101 refuted
    try:
        for sentence in _SPLIT.split(text.strip()):
            key = " ".join(sentence.lower().split())
            if not key or key in seen:
                continue
            seen.add(key)
            yield sentence
    finally:
        seen.clear()


def lead(text, k=2):
    return " ".join(itertools.islice(unique_sentences(text), k))


def scenario():
    n = next(_docs)
    doc = f"Ticket {n} is resolved. Ticket {n} is resolved. Thanks for waiting. Case {n * 3} closed."
    return lead(doc)
