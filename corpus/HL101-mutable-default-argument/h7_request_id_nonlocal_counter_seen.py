"""Tracing: a closure counts requests with a nonlocal counter and records (id, count) in its default list."""
import itertools


def make_tracer(prefix):
    count = 0

    def trace(request, seen=[]):  # expect: HL101 confirmed
        nonlocal count
        count += 1
        seen.append((f"{prefix}-{count}", request))
        return seen[-1][0]

    return trace


trace = make_tracer("req")


_requests = itertools.count()


def scenario():
    trace({"path": f"/orders/{next(_requests)}"})
