"""Gateway front: each call serves one request."""
import itertools

from gateway.app import handle

_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    return handle({"path": f"/items/{n % 5}", "tick": n})
