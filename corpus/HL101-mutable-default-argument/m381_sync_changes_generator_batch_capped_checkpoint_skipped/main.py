"""Replication: each call syncs a newly attached replica's feed."""
import itertools

from syncer import Feed, consumers

_replicas = itertools.count()


def scenario():
    n = next(_replicas)
    feed = Feed(f"replica-{n}", [("put", f"k{n}", n), ("put", f"k{n + 1}", n), ("del", f"k{n}")])
    return consumers.sync(feed)
