"""Service discovery: resolve one newly deployed API host per call."""
import itertools

from netkit.resolvers import HostResolver

_ids = itertools.count()
ZONE = {"example.com": 10, "internal.example.com": 172}


def scenario():
    n = next(_ids)
    resolver = HostResolver(ZONE)
    return resolver.resolve(f"API{n}.internal.example.com")
