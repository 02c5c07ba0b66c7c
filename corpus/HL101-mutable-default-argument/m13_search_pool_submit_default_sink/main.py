import itertools

from search import indexer

_ids = itertools.count()


def scenario():
    n = next(_ids)
    docs = [f"doc {n} alpha beta", f"doc {n + 1} beta gamma", "static page"]
    return indexer.index_batch(docs)
