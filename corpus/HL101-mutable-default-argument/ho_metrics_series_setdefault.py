"""Metrics recorder: appends samples to a per-route latency series."""
import itertools


def record(metric, value, series={}):  # expect: HL101 confirmed
    series.setdefault(metric, []).append(value)
    return len(series[metric])


def observe_request(route, millis):
    record(f"http.latency.{route}", millis)
    return millis < 250


_requests = itertools.count()


def scenario():
    n = next(_requests)
    observe_request(f"/orders/{n}", 40 + n % 300)
