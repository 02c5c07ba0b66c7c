"""Webhook receiver: one push delivery per call, for a new repository."""
import itertools

from webhooks import receive

_ids = itertools.count()


def scenario():
    n = next(_ids)
    payload = {"repository": f"acme/service-{n}", "after": f"{n:040x}"}
    return receive("push", payload)
