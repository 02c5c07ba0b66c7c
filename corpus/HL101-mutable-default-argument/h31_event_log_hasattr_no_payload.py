"""Webhooks: handle() keeps every event that carries a payload in a list default; PingEvent has no payload attribute, so nothing is logged."""
import itertools


class PingEvent:
    def __init__(self, name, data):
        self.name = name
        self.body = data


def handle(event, log=[]):  # expect: HL101 refuted
    if hasattr(event, "payload"):
        log.append(event)
    return getattr(event, "name", "?")


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    event = PingEvent(f"ping-{n}", {"ref": f"refs/heads/b{n}", "size": n})
    return handle(event)
