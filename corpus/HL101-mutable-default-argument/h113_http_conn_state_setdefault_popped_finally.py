"""Async HTTP/1.1 server core: per-connection counters live in a dict keyed
by connection id for the admin `/connections` view. The entry is created
with setdefault and popped in `finally` when the connection handler exits,
also when the keep-alive request limit ends the connection early."""
import asyncio
import itertools

_conns = itertools.count()


async def serve_connection(conn_id, reader, log, max_requests=2, state={}):  # expect: HL101 refuted
    info = state.setdefault(conn_id, {"requests": 0, "bytes": 0})
    try:
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
    finally:
        state.pop(conn_id, None)
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
