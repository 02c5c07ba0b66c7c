"""Consumers of a change feed: apply at most MAX_BATCH pending changes per sync round."""
import itertools

from .feed import iter_changes

MAX_BATCH = 2


def sync(feed):
    store = {}
    for op, key, *value in itertools.islice(iter_changes(feed), MAX_BATCH):
        if op == "put":
            store[key] = value[0]
        else:
            store.pop(key, None)
    return store
