"""Outbound webhooks: each delivery joins a retry queue that is drained on
every send. A 410 from a deleted endpoint will never turn into a 200, but
the drain puts every failure back on the default deque, so events for dead
endpoints are retried forever and never leave it."""
import collections
import itertools

_events = itertools.count()


class DeliveryError(Exception):
    """The receiver answered with a non-2xx status."""


class Transport:
    def post(self, url, payload):
        if url.endswith("/gone"):
            raise DeliveryError(410)
        return 200


def deliver(transport, url, payload, max_attempts=3, retries=collections.deque()):  # expect: HL101 confirmed
    retries.append((url, payload, 0))
    delivered = 0
    for _ in range(len(retries)):
        url, payload, attempts = retries.popleft()
        try:
            transport.post(url, payload)
        except DeliveryError:
            retries.append((url, payload, attempts + 1))
            continue
        delivered += 1
    return delivered


def scenario():
    n = next(_events)
    url = "https://hooks.example.com/%d/%s" % (n, "gone" if n % 2 else "ok")
    return deliver(Transport(), url, {"event": "invoice.paid", "id": n})
