"""Health checker: one client per upstream, with retry metrics attached."""
import collections
import itertools

from metrics import track_retries
from netclient import Client

_checks = itertools.count()


def flaky_transport(statuses):
    replies = iter(statuses)
    return lambda url: next(replies)


def scenario():
    n = next(_checks)
    client = Client(f"https://upstream{n}.internal")
    retries = collections.Counter()
    track_retries(client, retries)
    status = client.get("/healthz", flaky_transport([503, 200]))
    return status, retries[1]
