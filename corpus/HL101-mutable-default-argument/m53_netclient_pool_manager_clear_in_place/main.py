"""Webhook fan-out: deliver each event to its subscriber's endpoint."""
# oracle: calls=200
import itertools

from netclient import HTTPAdapter

_events = itertools.count(1)


def scenario():
    n = next(_events)
    adapter = HTTPAdapter(pool_maxsize=2)
    try:
        status, line = adapter.send("post", "https://hooks-%d.partner.example/events" % n)
        if status >= 300:
            raise RuntimeError(line)
    finally:
        adapter.close()
    return status, line
