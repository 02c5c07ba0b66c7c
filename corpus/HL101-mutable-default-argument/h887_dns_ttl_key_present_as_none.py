"""Stub resolver: answers are cached in options["answers"] when a TTL applies;
the TTL comes from the options, 300 seconds when the key is absent; the
shared defaults set it to None (no caching)."""
import itertools

_lookups = itertools.count()


def _answer(name):
    return "10.%d.%d.%d" % (len(name) % 256, sum(map(ord, name)) % 256, ord(name[0]))


def resolve(name, opts={"answers": {}, "ttl": None}):  # expect: HL101 refuted
    ttl = opts.get("ttl", 300)
    cached = opts["answers"].get(name)
    if cached is not None:
        return cached[0]
    address = _answer(name)
    if ttl is not None:
        opts["answers"][name] = (address, ttl)
    return address


def scenario():
    n = next(_lookups)
    return resolve(f"node-{n}.cluster.internal.example.net")
