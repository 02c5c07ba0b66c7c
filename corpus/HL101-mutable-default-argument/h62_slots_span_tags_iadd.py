"""Tracing: lightweight spans with __slots__ expose their tags through a property."""
import itertools
import time


class Span:
    __slots__ = ("name", "trace_id", "_tags", "_start", "duration")

    def __init__(self, name, trace_id, tags=[]):  # expect: HL101 confirmed
        self.name = name
        self.trace_id = trace_id
        self._tags = tags
        self._start = time.perf_counter()
        self.duration = None

    @property
    def tags(self):
        return self._tags

    @tags.setter
    def tags(self, value):
        self._tags = value

    def finish(self):
        self.duration = time.perf_counter() - self._start
        return {"name": self.name, "trace": self.trace_id, "tags": dict(self._tags)}


def handle_request(request_id, user, status):
    span = Span("http.request", request_id)
    span.tags += [("user", user), ("http.status", status)]
    return span.finish()


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle_request(f"{n:016x}", f"user{n}", 200 + n % 3)["tags"]["user"]
