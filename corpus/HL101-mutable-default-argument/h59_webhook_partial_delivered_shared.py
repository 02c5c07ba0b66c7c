"""Webhook dispatcher: each subscription gets a delivery callable bound with functools.partial."""
import functools
import itertools


def _deliver(endpoint, event, delivered):
    if event["id"] in delivered:
        return None
    delivered.add(event["id"])
    return endpoint, event["type"]


class Subscription:
    def __init__(self, endpoint, delivered=set()):  # expect: HL101 confirmed
        self.endpoint = endpoint
        self.send = functools.partial(_deliver, endpoint, delivered=delivered)


_events = itertools.count()


def scenario():
    n = next(_events)
    sub = Subscription(f"https://hooks.example.com/{n}")
    event = {"id": f"evt_{n:08d}", "type": "invoice.paid"}
    return sub.send(event), sub.send(event)
