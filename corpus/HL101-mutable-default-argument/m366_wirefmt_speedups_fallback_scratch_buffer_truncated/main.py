"""RPC client: each call frames one request for a new job."""
import itertools

import wirefmt

_ids = itertools.count()


def scenario():
    n = next(_ids)
    request = wirefmt.frame("submit", job=f"job-{n}", queue="default", priority=n % 5)
    return len(request), wirefmt.IMPLEMENTATION
