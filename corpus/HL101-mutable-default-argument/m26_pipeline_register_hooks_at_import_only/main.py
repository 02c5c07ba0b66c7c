"""Webhook receiver: every delivery is normalised by the registered hooks."""
import itertools

from pipeline import HOOKS, run_hooks

_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    payload = {"ID": n, "Event": f"order.paid.{n}", "Note": ""}
    return run_hooks(payload, HOOKS)["event"]
