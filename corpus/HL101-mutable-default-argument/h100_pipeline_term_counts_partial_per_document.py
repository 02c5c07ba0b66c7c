"""Search indexer: each document runs through a chain of transforms, the
last one counting terms. The counting step is built per document with
functools.partial binding a fresh Counter as well as the stop words, so
the Counter default is never the one updated."""
import collections
import functools
import itertools
import re

_docs = itertools.count()
_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset({"the", "a", "of", "and", "to"})


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 16 (heaplint: unknown)
def count_terms(tokens, stop=frozenset(), counts=collections.Counter()):  # expect: HL101 refuted
    counts.update(token for token in tokens if token not in stop and len(token) > 1)
    return counts


def tokenize(text):
    return _WORD.findall(text.lower())


def index_document(doc_id, text):
    steps = (tokenize, functools.partial(count_terms, stop=STOP, counts=collections.Counter()))
    result = text
    for step in steps:
        result = step(result)
    return doc_id, [term for term, _ in result.most_common(3)]


def scenario():
    n = next(_docs)
    return index_document(n, "Release notes for build %d: the parser of v%d and the cache" % (n, n))
