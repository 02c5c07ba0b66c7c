"""Metrics client: per-metric recorders are functools.partial objects built at import time."""
import collections
import functools
import itertools

_recent = collections.deque(maxlen=64)


# heaplint-todo: called as outside code would (without sink) it grows; the application calls it only through partials that pass sink, and for an application function also used as a value that stays unknown, not refuted
def record(metric, value, tags=(), sink=[]):  # expect: HL101 refuted
    sink.append((metric, float(value), tuple(sorted(tags))))
    return len(sink)


record_latency = functools.partial(record, "http.latency_ms", sink=_recent)
record_size = functools.partial(record, "http.response_bytes", sink=_recent)


def timed_response(route, body):
    payload = body.encode("utf-8")
    record_size(len(payload), tags=[f"route:{route}"])
    record_latency(len(payload) / 1024.0, tags=[f"route:{route}"])
    return payload


_requests = itertools.count()


def scenario():
    n = next(_requests)
    route = ("/", "/search", "/cart")[n % 3]
    return len(timed_response(route, f"<html>result {n}</html>"))
