"""Light suffix-stripping stemmer for a search index: `stem()` accepts one
word or a list of words (isinstance dispatch) and memoizes each word's stem
in a dict default so repeated terms are cheap. The memo is keyed by the word
itself, so every new term of every indexed document stays in it."""
import itertools

_docs = itertools.count()
SUFFIXES = ("ational", "ization", "fulness", "ing", "edly", "ed", "ly", "es", "s")


def stem(term, _memo={}):  # expect: HL101 confirmed
    if isinstance(term, (list, tuple)):
        return [stem(t) for t in term]
    if term in _memo:
        return _memo[term]
    base = term.lower()
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            base = base[: -len(suffix)]
            break
    _memo[term] = base
    return base


def scenario():
    n = next(_docs)
    words = f"tokenized{n}ed documents indexing batch{n}ing quickly".split()
    return stem(words)
