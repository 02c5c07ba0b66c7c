"""Payload encoder: `seen` is a class-level list, so every encoder (the default included) appends to the same list."""
import base64
import itertools
import json


class PayloadEncoder:
    seen = []
    separators = (",", ":")

    def encode(self, payload):
        raw = json.dumps(payload, separators=self.separators, sort_keys=True)
        self.seen.append(raw)
        return base64.urlsafe_b64encode(raw.encode("ascii")).decode("ascii")


def publish(topic, payload, encoder=PayloadEncoder()):  # expect: HL101 confirmed
    return f"{topic}|{encoder.encode(payload)}"


_events = itertools.count()


def scenario():
    n = next(_events)
    return publish("orders.created", {"order": n, "total": n * 3 % 997})
