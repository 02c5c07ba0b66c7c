"""Log shipper endpoint: every call summarises one freshly uploaded chunk."""
import itertools

from accesslog import Aggregator

_chunks = itertools.count(1)
FMT = '10.0.{a}.{b} - - [05/Dec/2024:00:52:{s:02d} +0000] "{m} /item/{n} HTTP/1.1" {st} {sz}'


def scenario():
    n = next(_chunks)
    lines = [
        FMT.format(a=n % 250, b=n % 7, s=n % 60, m="GET", n=n, st=200, sz=512 + n),
        FMT.format(a=n % 250, b=9, s=n % 60, m="POST", n=n, st=502, sz="-"),
        "# truncated line %d" % n,
    ]
    return Aggregator(f"edge-{n}").feed(lines).summary()
