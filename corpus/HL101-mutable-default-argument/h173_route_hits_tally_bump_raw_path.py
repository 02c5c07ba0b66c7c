"""Access-log metrics: record_request() bumps a Tally of "METHOD route class"
counters. The Tally instance is the default argument and the key is built
from the raw request path, so every order id adds a new counter to the
shared tally."""
import itertools
import re

_ID = re.compile(r"/\d+(?=/|$)")


class Tally:
    def __init__(self):
        self.counts = {}

    def bump(self, key, amount=1):
        self.counts[key] = self.counts.get(key, 0) + amount
        return self.counts[key]


def record_request(method, path, status, tally=Tally()):  # expect: HL101 confirmed
    route = path
    return tally.bump(f"{method} {route} {status // 100}xx")


_requests = itertools.count()


def scenario():
    n = next(_requests)
    record_request("GET", f"/api/v2/orders/{n}/items", 200)
    return record_request("POST", f"/api/v2/orders/{n}/refunds", 201 + n % 2)
