"""Webhook receiver: each call is one new delivery of a push and a ping."""
import itertools

from hookd.router import route

_deliveries = itertools.count(1)


def scenario():
    n = next(_deliveries)
    push = {"kind": "push", "ref": f"refs/heads/feature-{n}", "sha": f"{n:040x}"}
    ping = {"kind": "ping", "zen": "Keep it logically awesome."}
    return route(push), route(ping)
