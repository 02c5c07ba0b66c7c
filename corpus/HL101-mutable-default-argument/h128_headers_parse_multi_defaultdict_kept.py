"""HTTP/1.1 server: the request-head parser collects header fields into a
defaultdict(list) default so repeated fields (X-Forwarded-For, Cookie) fold
into one comma-joined value. The per-name lists are never emptied, so each
request's values are appended after those of every earlier request."""
import collections
import itertools

_conns = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 30 (heaplint: unknown)
def parse_head(raw, fields=collections.defaultdict(list)):  # expect: HL101 confirmed
    request_line, *lines = raw.split("\r\n")
    method, target, version = request_line.split(" ", 2)
    for line in lines:
        if not line:
            break
        name, _, value = line.partition(":")
        fields[name.strip().lower()].append(value.strip())
    headers = {name: ", ".join(values) for name, values in fields.items()}
    return method, target, version, headers


def scenario():
    n = next(_conns)
    raw = (
        f"GET /orders/{n} HTTP/1.1\r\nHost: shop.example.com\r\n"
        f"X-Forwarded-For: 10.0.{n % 256}.{n % 7}\r\nX-Forwarded-For: 172.16.0.1\r\n"
        f"Cookie: sid={n:08x}\r\n\r\n"
    )
    return len(parse_head(raw)[3]["x-forwarded-for"])
