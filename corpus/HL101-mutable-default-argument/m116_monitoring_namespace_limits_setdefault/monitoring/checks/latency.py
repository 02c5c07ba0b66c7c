"""Latency check; the relative import works inside a namespace package too."""
from ..limits import limit_for


def check(sample):
    limit = limit_for(sample["endpoint"])
    return {"endpoint": sample["endpoint"], "limit": limit, "slow": sample["ms"] > limit}
