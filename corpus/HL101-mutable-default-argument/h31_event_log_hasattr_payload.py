"""Webhooks: handle() keeps every event that carries a payload in a list default; WebhookEvent sets a payload attribute, so each event is logged."""
import itertools


class WebhookEvent:
    def __init__(self, name, data):
        self.name = name
        self.payload = data


def handle(event, log=[]):  # expect: HL101 confirmed
    if hasattr(event, "payload"):
        log.append(event)
    return getattr(event, "name", "?")


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    event = WebhookEvent(f"push-{n}", {"ref": f"refs/heads/b{n}", "size": n})
    return handle(event)
