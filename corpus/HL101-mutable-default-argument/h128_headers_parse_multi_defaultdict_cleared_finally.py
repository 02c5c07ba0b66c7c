"""HTTP/1.1 server: the request-head parser collects header fields into a
defaultdict(list) default so repeated fields (X-Forwarded-For, Cookie) fold
into one comma-joined value. The folded dict is built before returning and
the scratch defaultdict is emptied in a finally, on success and on error."""
import collections
import itertools

_conns = itertools.count()


def parse_head(raw, fields=collections.defaultdict(list)):  # expect: HL101 refuted
    request_line, *lines = raw.split("\r\n")
    method, target, version = request_line.split(" ", 2)
    try:
        for line in lines:
            if not line:
                break
            name, _, value = line.partition(":")
            fields[name.strip().lower()].append(value.strip())
        headers = {name: ", ".join(values) for name, values in fields.items()}
        return method, target, version, headers
    finally:
        fields.clear()


def scenario():
    n = next(_conns)
    raw = (
        f"GET /orders/{n} HTTP/1.1\r\nHost: shop.example.com\r\n"
        f"X-Forwarded-For: 10.0.{n % 256}.{n % 7}\r\nX-Forwarded-For: 172.16.0.1\r\n"
        f"Cookie: sid={n:08x}\r\n\r\n"
    )
    return len(parse_head(raw)[3]["x-forwarded-for"])
