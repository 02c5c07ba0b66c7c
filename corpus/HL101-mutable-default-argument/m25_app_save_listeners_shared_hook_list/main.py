"""Request handler: each request watches saves for its own log, then saves a record."""
import itertools

from app.audit import watch
from app.storage import save

_requests = itertools.count()


def handle(n):
    request_log = []
    watch(lambda record: request_log.append(record["id"]))
    return save({"id": n, "title": f"draft {n}"})


def scenario():
    return handle(next(_requests))
