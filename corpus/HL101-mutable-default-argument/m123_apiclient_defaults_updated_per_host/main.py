"""API client: each call prepares one request to a host not seen before."""
import itertools

import apiclient

_calls = itertools.count()


def scenario():
    n = next(_calls)
    return apiclient.prepare(f"https://h{n:06d}.example.test/v1", token=f"tok-{n:08d}")
