"""Shard selection for a cache client that fans keys out over N backends."""
import itertools
import zlib

SHARD_COUNT = 8
_ids = itertools.count()


class ShardClient:
    def __init__(self, index):
        self.index = index
        self.address = "cache-%d.internal:11211" % index

    def __repr__(self):
        return "ShardClient(%s)" % self.address


def client_for(key, _clients={}):  # expect: HL101 refuted
    if isinstance(key, str):
        key = key.encode("utf-8")
    slot = zlib.crc32(key) % SHARD_COUNT
    client = _clients.get(slot)
    if client is None:
        client = _clients[slot] = ShardClient(slot % SHARD_COUNT)
    return client


def set_many(mapping):
    batches = {}
    for key, value in mapping.items():
        batches.setdefault(client_for(key).address, []).append((key, value))
    return batches


def scenario():
    n = next(_ids)
    items = {"session:%d" % n: b"payload", "user:%d:prefs" % n: b"{}"}
    return set_many(items)
