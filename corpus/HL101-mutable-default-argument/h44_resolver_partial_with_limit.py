"""Service-discovery resolver that caches answers in a default OrderedDict; the
answer is stored by a completion callback built with functools.partial that
binds `limit`, so _complete evicts the oldest entries and the cache never holds
more than CACHE_LIMIT hosts."""
import collections
import functools
import hashlib
import itertools

_ids = itertools.count()

CACHE_LIMIT = 16


def _complete(cache, key, address, limit=None):
    cache[key] = address
    cache.move_to_end(key)
    if limit is not None:
        while len(cache) > limit:
            cache.popitem(last=False)


def _backend_query(host, port, on_done):
    # Stand-in for the discovery backend: a stable fake address per host.
    digest = hashlib.blake2s(host.encode(), digest_size=4).digest()
    on_done("10.%d.%d.%d:%d" % (digest[0], digest[1], digest[2], port))


def resolve(host, port=443, limit=CACHE_LIMIT, _cache=collections.OrderedDict()):  # expect: HL101 refuted
    key = (host.lower(), port)
    address = _cache.get(key)
    if address is not None:
        _cache.move_to_end(key)
        return address
    _backend_query(host, port, functools.partial(_complete, _cache, key, limit=limit))
    return _cache[key]


def endpoint_for(service, shard):
    host = "%s-%d.svc.cluster.local" % (service, shard)
    return "https://%s/" % resolve(host)


def scenario():
    n = next(_ids)
    return endpoint_for("orders", n)
