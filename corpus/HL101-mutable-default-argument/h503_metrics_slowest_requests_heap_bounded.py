"""Request metrics: keeps the slowest requests for the dashboard.

Once the default heap holds five timings, heappushpop swaps the new one in
and drops the smallest, so the heap never exceeds five entries.
"""
import heapq
import itertools

_requests = itertools.count()
TOP = 5


def record_latency(request_id, millis, slowest=[]):  # expect: HL101 refuted
    if len(slowest) < TOP:
        heapq.heappush(slowest, (millis, request_id))
    else:
        heapq.heappushpop(slowest, (millis, request_id))
    return [rid for _, rid in heapq.nlargest(TOP, slowest)]


def handle(request_id):
    millis = (request_id * 7919) % 1000 + 0.5
    worst = record_latency("req-%d" % request_id, millis)
    return len(worst)


def scenario():
    return handle(next(_requests))
