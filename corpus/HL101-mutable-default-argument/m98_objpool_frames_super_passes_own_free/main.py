"""A server loop accepting one connection and answering its first request."""
import itertools

import objpool.frames
import service

_conns = itertools.count(1)


def scenario():
    n = next(_conns)
    payload = f"GET /items/{n} HTTP/1.1".encode()
    return service.handle(objpool.frames, n, payload)
