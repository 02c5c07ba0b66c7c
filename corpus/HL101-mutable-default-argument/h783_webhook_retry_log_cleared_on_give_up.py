"""Webhook delivery: `deliver()` retries a flaky endpoint and keeps the
failed attempts in a default list for the error report. The list is reset
only on the give-up path; a delivery that succeeds on its second attempt
breaks out of the `while True` loop and leaves its failed attempt behind."""
import itertools

_events = itertools.count()


def deliver(endpoint, payload, max_attempts=3, attempts_log=[]):  # expect: HL101 confirmed
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
