"""Name resolution: `Resolver.resolve()` memoises answers in a default dict;
`_lookup()` is abstract in the base and implemented by `StaticResolver`,
which derives a zone's gateway address. Answers are memoised under the zone
(the last two labels of the name), and all hosts share a few zones, so the
memo stops at a handful of keys."""
import itertools
import zlib

_hosts = itertools.count()


class Resolver:
    def resolve(self, hostname, _memo={}):  # expect: HL101 refuted
        zone = ".".join(hostname.split(".")[-2:])
        if zone not in _memo:
            _memo[zone] = self._lookup(zone)
        return _memo[zone]

    def _lookup(self, zone):
        raise NotImplementedError


class StaticResolver(Resolver):
    def __init__(self, prefix):
        self.prefix = prefix

    def _lookup(self, zone):
        h = zlib.crc32(zone.encode())
        return f"{self.prefix}.{h >> 8 & 255}.{h & 255}"


def scenario():
    n = next(_hosts)
    return StaticResolver("10.20").resolve(f"node-{n}.cluster{n % 3}.example.com")
