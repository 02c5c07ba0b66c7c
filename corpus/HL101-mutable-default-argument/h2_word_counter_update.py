"""Search indexing: a Counter default accumulates every word ever indexed."""
import collections
import itertools


def index_words(text, counts=collections.Counter()):  # expect: HL101 confirmed
    words = [w.strip(".,;").lower() for w in text.split()]
    counts.update(words)
    return counts.most_common(1)[0]


_docs = itertools.count()


def scenario():
    n = next(_docs)
    index_words(f"Ticket {n} reported by user{n}: printer jam on floor {n % 40}.")
