"""Resolver: host names go through a static override table before a (simulated) DNS query."""
import itertools
import zlib


def _query_dns(host):
    digest = zlib.crc32(host.encode("ascii"))
    return f"10.{digest >> 16 & 255}.{digest >> 8 & 255}.{digest & 255}"


def _lookup(host, table, fallback=None):
    address = table.get(host)
    if address is None and fallback is not None:
        address = table[host] = fallback(host)
    return address


def resolve(host, overrides={"localhost": "127.0.0.1"}):  # expect: HL101 confirmed
    host = host.rstrip(".").lower()
    if not host or len(host) > 253:
        raise ValueError(f"bad host name {host!r}")
    return _lookup(host, overrides, _query_dns)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return resolve(f"api-{n}.internal.example.com."), resolve("localhost")
