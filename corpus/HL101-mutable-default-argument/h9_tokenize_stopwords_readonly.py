"""Search indexer: tokenize drops stop words; the stop-word set is a default that is only ever read."""
import itertools


def tokenize(text, stop=set(["the", "a", "an", "of", "and", "to"])):  # expect: HL101 refuted
    words = text.lower().split()
    return [w.strip(".,!?") for w in words if w not in stop]


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return tokenize(f"The history of item {n} and the price of item {n + 1}.")
