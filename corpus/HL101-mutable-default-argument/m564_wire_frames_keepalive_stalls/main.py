"""Market-data client: each socket read delivers two quote frames and a keepalive."""
import itertools

from wire import read_quotes

_reads = itertools.count()


def scenario():
    n = next(_reads)
    chunk = b"".join(
        b'{"seq": %d, "symbol": "ACME", "bid": 101.25, "ask": 101.30, "venue": "XNAS"}\n' % (2 * n + i)
        for i in range(2)
    ) + b"\n"
    return read_quotes(chunk)
