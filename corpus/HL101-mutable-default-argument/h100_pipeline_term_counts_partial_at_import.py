"""Search indexer: each document runs through a chain of transforms, the
last one counting terms. The counting step is prepared once at import with
functools.partial binding only the stop words, so it falls back to the
Counter default, which accumulates every document's vocabulary."""
import collections
import functools
import itertools
import re

_docs = itertools.count()
_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset({"the", "a", "of", "and", "to"})


def count_terms(tokens, stop=frozenset(), counts=collections.Counter()):  # expect: HL101 confirmed
    counts.update(token for token in tokens if token not in stop and len(token) > 1)
    return counts


def tokenize(text):
    return _WORD.findall(text.lower())


COUNT_TERMS = functools.partial(count_terms, stop=STOP)


def index_document(doc_id, text, steps=(tokenize, COUNT_TERMS)):
    result = text
    for step in steps:
        result = step(result)
    return doc_id, [term for term, _ in result.most_common(3)]


def scenario():
    n = next(_docs)
    return index_document(n, "Release notes for build %d: the parser of v%d and the cache" % (n, n))
