"""Resolver: lru_cache bounds the lookups, but the default dict records every host."""
import functools
import itertools


@functools.lru_cache(maxsize=32)
def resolve(hostname, _resolved={}):  # expect: HL101 confirmed
    octets = sum(map(ord, hostname))
    address = f"10.{octets % 256}.{octets // 256 % 256}.{len(hostname)}"
    _resolved[hostname] = address
    return address


_hosts = itertools.count()


def scenario():
    n = next(_hosts)
    resolve(f"node-{n}.cluster.internal")
