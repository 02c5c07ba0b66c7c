"""Consumers of a change feed: apply every pending change in one sync round."""
import itertools

from .feed import iter_changes

MAX_BATCH = None


def sync(feed):
    store = {}
    for op, key, *value in itertools.islice(iter_changes(feed), MAX_BATCH):
        if op == "put":
            store[key] = value[0]
        else:
            store.pop(key, None)
    return store
