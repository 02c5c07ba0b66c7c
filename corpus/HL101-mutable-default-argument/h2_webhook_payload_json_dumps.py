"""Webhook sender: the default envelope fields are only serialized with json.dumps."""
import itertools
import json


class WebhookSender:
    def __init__(self, endpoint):
        self.endpoint = endpoint

    def encode(self, event, data, envelope={"version": 2, "source": "shop"}):  # expect: HL101 refuted
        return json.dumps({"event": event, "data": data, "meta": envelope}, sort_keys=True)


_events = itertools.count()


def scenario():
    n = next(_events)
    WebhookSender(f"https://hooks.example/{n}").encode("order.created", {"order": n, "total": n * 5})
