"""Upload service: a payload is routed to one of eight storage shards chosen
from its SHA-256 digest (first 8 hex digits as an int, modulo 8), and the
bytes written per shard are summed in a dict default. The content is new
each time but only eight shard keys can ever exist."""
import hashlib
import itertools

_ids = itertools.count()


def route_upload(payload, load={}):  # expect: HL101 refuted
    digest = hashlib.sha256(payload).hexdigest()
    shard = int(digest[:8], 16) % 8
    load[shard] = load.get(shard, 0) + len(payload)
    return shard


def scenario():
    n = next(_ids)
    payload = f"invoice-{n};customer={n % 97};amount={n * 3}.50\n".encode() * 8
    return route_upload(payload)
