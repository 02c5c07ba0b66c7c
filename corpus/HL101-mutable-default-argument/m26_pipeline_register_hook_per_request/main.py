"""Webhook receiver: every delivery stamps its request id, then runs the hooks."""
import itertools

from pipeline import run_hooks
from pipeline.requests_ctx import begin_request

_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    hooks = begin_request(f"req-{n:08d}")
    payload = {"ID": n, "Event": f"order.paid.{n}", "Note": ""}
    return run_hooks(payload, hooks)["event"]
