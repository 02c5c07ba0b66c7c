"""Edge relay: every proxied response goes through the enabled response plugins."""
import itertools

import relay.manager as pipeline

_requests = itertools.count()

SETTINGS = {"server": {"name": "relay/2.4"}, "compress": {"min_size": 48}}


def scenario():
    n = next(_requests)
    body = (f"order {n}: " + "item;" * (n % 7 + 12)).encode()
    response = pipeline.handle(f"/orders/{n}", body, SETTINGS)
    return response.status, response.headers.get("content-encoding"), len(response.body)
