"""Name resolution: `Resolver.resolve()` memoises answers in a default dict;
`_lookup()` is abstract in the base and implemented by `StaticResolver`,
which derives an address from a hosts table. Answers are memoised under the
full host name, and every call resolves a new host, so the memo grows."""
import itertools
import zlib

_hosts = itertools.count()


class Resolver:
    def resolve(self, hostname, _memo={}):  # expect: HL101 confirmed
        if hostname not in _memo:
            _memo[hostname] = self._lookup(hostname)
        return _memo[hostname]

    def _lookup(self, hostname):
        raise NotImplementedError


class StaticResolver(Resolver):
    def __init__(self, prefix):
        self.prefix = prefix

    def _lookup(self, hostname):
        h = zlib.crc32(hostname.encode())
        return f"{self.prefix}.{h >> 8 & 255}.{h & 255}"


def scenario():
    n = next(_hosts)
    return StaticResolver("10.20").resolve(f"node-{n}.cluster.example.com")
