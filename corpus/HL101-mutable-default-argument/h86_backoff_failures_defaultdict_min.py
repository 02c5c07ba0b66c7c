"""Client-side load balancing: route to the endpoint with the fewest recent failures."""
import collections
import itertools


def pick_endpoint(endpoints, failures=collections.defaultdict(int)):  # expect: HL101 confirmed
    choice = min(endpoints, key=failures.__getitem__)
    return choice, failures


def call(endpoints, request_id):
    endpoint, failures = pick_endpoint(endpoints)
    if request_id % 5 == 0:
        failures[endpoint] += 1
        return None
    return f"{endpoint}/rpc?id={request_id}"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    endpoints = [f"10.{n % 200}.{n // 200 % 250}.{host}:8443" for host in (11, 12, 13)]
    return call(endpoints, n)
