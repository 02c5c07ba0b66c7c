"""Corpus cleaner: `unique_sentences()` is a generator that splits a
document into sentences and skips any it has already emitted, so repeated
boilerplate such as signatures is dropped. The `seen` set default was meant
to span one document, but nothing ever resets it, so every distinct
sentence of every cleaned document stays in it."""
import itertools
import re

_docs = itertools.count()
_SPLIT = re.compile(r"(?<=[.!?])\s+")


# heaplint-todo: it grows by new keys computed from values heaplint does not know, which may repeat (heaplint: unknown)
def unique_sentences(text, seen=set()):  # expect: HL101 confirmed
    for sentence in _SPLIT.split(text.strip()):
        key = " ".join(sentence.lower().split())
        if not key or key in seen:
            continue
        seen.add(key)
        yield sentence


def scenario():
    n = next(_docs)
    doc = f"Ticket {n} is resolved. Thanks for waiting. Ticket {n} is resolved. Case {n * 3} closed."
    return list(unique_sentences(doc))
