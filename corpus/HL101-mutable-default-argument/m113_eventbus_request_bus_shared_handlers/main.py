"""Web service: one request per call, each with its own event bus."""
import itertools

from service import requests as svc

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    return svc.handle(n, f"/orders/{n}")
