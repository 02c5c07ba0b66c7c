"""Webhook sender: wraps each event in a standard JSON envelope.

The event tag is appended to the envelope's own "tags" list before the
envelope is serialised, so the default's tag list grows with every event.
"""
import itertools
import json

_events = itertools.count()


def encode(event, envelope={"version": 2, "source": "billing", "tags": ["prod"]}):  # expect: HL101 confirmed
    envelope["tags"].append("evt-" + event["id"])
    body = json.dumps(dict(envelope, event=event), sort_keys=True)
    return body, "envelope=%r" % (sorted(envelope),)


def send(event_id, amount):
    body, debug = encode({"id": event_id, "type": "invoice.paid", "amount": amount})
    return len(body) + len(debug)


def scenario():
    n = next(_events)
    return send("ev_%08d" % n, n * 5)
