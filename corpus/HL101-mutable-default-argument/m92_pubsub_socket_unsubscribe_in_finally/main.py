"""Chat server: each scenario call is one short-lived WebSocket connection."""
import itertools

import server

_conns = itertools.count()


def scenario():
    n = next(_conns)
    frames = [("orders", {"id": n}), (f"user.c{n}", f"hello {n}")]
    if n % 2:
        frames.append(("", "garbage"))  # every other client sends a malformed frame
    return server.serve(f"c{n}", frames)
