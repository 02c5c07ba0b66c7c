"""Service discovery: a Resolver (collections.UserDict) maps host names to
addresses and resolves unknown names on first use through __missing__,
memoising the answer in self.data. __init__ lets UserDict.__init__ run and
then points self.data at the `hosts={...}` default itself, so every name
any Resolver ever resolves is memoised in the shared default for good."""
import itertools
import zlib
from collections import UserDict

_lookups = itertools.count()


class Resolver(UserDict):
    # heaplint-todo: it flows into `Resolver.__getitem__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, hosts={"localhost": "127.0.0.1"}):  # expect: HL101 confirmed
        super().__init__()
        self.data = hosts

    def __missing__(self, name):
        h = zlib.crc32(name.encode())
        addr = self.data[name] = f"10.{h >> 16 & 255}.{h >> 8 & 255}.{h & 255}"
        return addr


def endpoints(services):
    resolver = Resolver()
    return [f"http://{resolver[name]}:8080" for name in services]


def scenario():
    n = next(_lookups)
    return endpoints([f"billing-{n}.svc", f"search-{n}.svc", "localhost"])[0]
