"""Analytics: per-path hit counts in a defaultdict(int) default; every new path adds a key."""
import collections
import itertools


def count_hit(path, hits=collections.defaultdict(int)):  # expect: HL101 confirmed
    hits[path] += 1
    return hits[path]


def track(request_path, query):
    return count_hit(request_path + ("?" + query if query else ""))


_requests = itertools.count()


def scenario():
    n = next(_requests)
    track(f"/products/{n}", f"ref=mail{n % 5}")
