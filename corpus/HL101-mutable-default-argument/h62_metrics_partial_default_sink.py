"""Metrics client: per-metric recorders are functools.partial objects built at import time."""
import functools
import itertools


def record(metric, value, tags=(), sink=[]):  # expect: HL101 confirmed
    sink.append((metric, float(value), tuple(sorted(tags))))
    return len(sink)


record_latency = functools.partial(record, "http.latency_ms")
record_size = functools.partial(record, "http.response_bytes")


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
