"""Connection handler: every call serves one new client connection with one request."""
import itertools

from pluginhost import Host

_conns = itertools.count()


def scenario():
    n = next(_conns)
    host = Host(["audit", "metrics"])
    out = host.fire("request", {"user": f"user{n}", "path": f"/items/{n}"})
    out += host.fire("close", {"user": f"user{n}", "path": ""})
    return out
