"""API gateway: a fixed-window rate limit per client address."""
import itertools


class Window:
    __slots__ = ("seconds", "current", "hits")

    def __init__(self, seconds=60):
        self.seconds = seconds
        self.current = None
        self.hits = {}


def allow(client_ip, now, limit=100, window=Window()):  # expect: HL101 refuted
    bucket = int(now // window.seconds)
    if window.current != bucket:
        window.current = bucket
        window.hits.clear()
    key = (client_ip, bucket)
    window.hits[key] = window.hits.get(key, 0) + 1
    return window.hits[key] <= limit


_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    ip = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
    return allow(ip, now=1_700_000_000 + 61 * n)
