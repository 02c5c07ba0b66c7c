"""Keyword extraction: `drop_stopwords` wraps a tokenizer so its output skips
stop words. The wrapper's `stop` set default starts as a copy of the base
list and, with `adaptive=True` (the default), learns every token that fills
more than a third of a document, meant for site-wide filler. Each document's
own dominant term is added to that one shared set."""
import collections
import functools
import itertools
import re

_docs = itertools.count()
BASE_STOP = ("the", "a", "of", "and", "to", "is")


def drop_stopwords(tokenize):
    @functools.wraps(tokenize)
    def wrapper(text, stop=set(BASE_STOP), adaptive=True):  # expect: HL101 confirmed
        tokens = tokenize(text)
        if adaptive and tokens:
            counts = collections.Counter(tokens)
            stop.update(t for t, c in counts.items() if c * 3 > len(tokens))
        return [t for t in tokens if t not in stop]
    return wrapper


@drop_stopwords
def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def scenario():
    n = next(_docs)
    return words(f"sku{n} sku{n} sku{n} is a refund of sku{n} to the buyer")
