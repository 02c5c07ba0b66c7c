"""Webhook endpoint: one new delivery per call, of a few event kinds."""
import itertools

import relay

_deliveries = itertools.count(1)


def scenario():
    n = next(_deliveries)
    event = ("push", "ping", "issues")[n % 3]
    payload = {"id": n, "ref": f"refs/heads/b{n}"}
    return relay.accept(event, f"d-{n:06d}", payload)
