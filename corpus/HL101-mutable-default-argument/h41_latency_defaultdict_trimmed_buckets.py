"""Monitoring: observe() keeps latency samples in a default defaultdict(list) keyed by one of four endpoints and trims each bucket to the last 10 samples."""
import collections
import itertools

ENDPOINTS = ("/login", "/search", "/cart", "/checkout")


def observe(endpoint, ms, samples=collections.defaultdict(list)):  # expect: HL101 refuted
    bucket = samples[endpoint]
    bucket.append(ms)
    del bucket[:-10]
    return sorted(bucket)[len(bucket) // 2]


def handle_request(request_id, endpoint):
    elapsed = 40 + (request_id * 37) % 900
    return {"id": request_id, "p50": observe(endpoint, elapsed)}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_request(n, ENDPOINTS[n % 4])
