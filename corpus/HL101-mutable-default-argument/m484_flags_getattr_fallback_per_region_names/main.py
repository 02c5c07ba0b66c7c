"""Request handler: each call checks the staged rollout for one user's region."""
import itertools

import flags

_requests = itertools.count(1)
_REGIONS = ("eu", "us", "apac", "latam")


def scenario():
    n = next(_requests)
    region = _REGIONS[n % len(_REGIONS)]
    return flags.rollout_enabled(region, user_id=n * 37)
