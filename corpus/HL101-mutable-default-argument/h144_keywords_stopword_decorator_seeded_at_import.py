"""Keyword extraction: `drop_stopwords` wraps a tokenizer so its output skips
stop words. The wrapper's `stop` set default starts as a copy of the base
list; only a call with `learn=True` adds a document's dominant tokens, and
the module makes that call once at import time to seed the set with the
site's boilerplate. Extracting keywords afterwards only reads the set."""
import collections
import functools
import itertools
import re

_docs = itertools.count()
BASE_STOP = ("the", "a", "of", "and", "to", "is")


def drop_stopwords(tokenize):
    @functools.wraps(tokenize)
    def wrapper(text, stop=set(BASE_STOP), learn=False):  # expect: HL101 refuted
        tokens = tokenize(text)
        if learn and tokens:
            counts = collections.Counter(tokens)
            stop.update(t for t, c in counts.items() if c * 3 > len(tokens))
        return [t for t in tokens if t not in stop]
    return wrapper


@drop_stopwords
def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


words("reply reply via reply portal reply", learn=True)


def scenario():
    n = next(_docs)
    return words(f"sku{n} sku{n} sku{n} is a refund of sku{n} to the buyer via reply")
