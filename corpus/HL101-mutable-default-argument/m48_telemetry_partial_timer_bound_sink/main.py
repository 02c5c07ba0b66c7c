"""Search endpoint: each query reports its count, latency and result size, then flushes."""
import itertools

from telemetry.shortcuts import *  # noqa: F403

_queries = itertools.count(1)


def scenario():
    n = next(_queries)
    tags = [f"shard:{n % 4}", f"query:q{n}"]
    counter("search.requests", 1, tags)  # noqa: F405
    timer("search.latency", 3 + n % 50, tags)  # noqa: F405
    gauge("search.results", n % 25, tags)  # noqa: F405
    return drain()  # noqa: F405
