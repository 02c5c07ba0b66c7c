"""Async HTTP/1.1 server core: per-connection counters live in a dict keyed
by connection id for the admin `/connections` view. The entry is deleted
after the read loop ends at EOF, but the keep-alive request limit returns
from inside the loop and skips that cleanup."""
import asyncio
import itertools

_conns = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 15 (heaplint: unknown)
async def serve_connection(conn_id, reader, log, max_requests=2, state={}):  # expect: HL101 confirmed
    info = state.setdefault(conn_id, {"requests": 0, "bytes": 0})
    while True:
        line = await reader.readline()
        if not line:
            break
        info["requests"] += 1
        info["bytes"] += len(line)
        method, path, _ = line.decode("ascii").split(" ", 2)
        log.append("%s %s %s -> 200" % (conn_id, method, path))
        if info["requests"] >= max_requests:
            return dict(info, reason="keep-alive limit")
    del state[conn_id]
    return dict(info, reason="eof")


async def accept(conn_id, raw):
    reader = asyncio.StreamReader()
    reader.feed_data(raw)
    reader.feed_eof()
    log = []
    return await serve_connection(conn_id, reader, log), log


def scenario():
    n = next(_conns)
    raw = b"".join(b"GET /items/%d HTTP/1.1\r\n" % (n * 3 + i) for i in range(3))
    return asyncio.run(accept(f"conn-{n}", raw))
