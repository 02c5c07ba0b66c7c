"""Request metrics: keeps the slowest requests for the dashboard.

Each timing is pushed onto the default heap and the top five are read with
nlargest, but nothing ever pops, so the heap holds every request.
"""
import heapq
import itertools

_requests = itertools.count()
TOP = 5


def record_latency(request_id, millis, slowest=[]):  # expect: HL101 confirmed
    heapq.heappush(slowest, (millis, request_id))
    return [rid for _, rid in heapq.nlargest(TOP, slowest)]


def handle(request_id):
    millis = (request_id * 7919) % 1000 + 0.5
    worst = record_latency("req-%d" % request_id, millis)
    return len(worst)


def scenario():
    return handle(next(_requests))
