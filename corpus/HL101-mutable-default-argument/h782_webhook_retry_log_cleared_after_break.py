"""Webhook delivery: `deliver()` retries a flaky endpoint and keeps the
failed attempts of the current delivery in a default list for the error
report. The list is reset once the `while True` loop breaks on success, and
also before giving up, so it never holds more than one delivery's attempts."""
import itertools

_events = itertools.count()


def deliver(endpoint, payload, max_attempts=3, attempts_log=[]):  # expect: HL101 refuted
    attempt = 0
    while True:
        attempt += 1
        try:
            status = endpoint(payload)
            break
        except ConnectionError as exc:
            attempts_log.append((payload["id"], attempt, str(exc)))
            if attempt >= max_attempts:
                attempts_log.clear()
                raise
    attempts_log.clear()
    return status


def scenario():
    n = next(_events)
    calls = []

    def endpoint(payload):
        calls.append(payload["id"])
        if len(calls) < 2:
            raise ConnectionError("reset by peer (event %d)" % payload["id"])
        return 202

    return deliver(endpoint, {"id": n, "type": "invoice.paid"})
