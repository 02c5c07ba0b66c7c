"""On-call helper: scale a fresh canary deployment, then check its pods."""
import itertools

import opsctl as ops

_canaries = itertools.count(1)


def scenario():
    n = next(_canaries)
    scaled = ops.dispatch(["scale", f"canary-{n}", str(n % 5 + 1)])
    pods = ops.dispatch(["pods", f"canary-{n}"])
    return scaled, pods
