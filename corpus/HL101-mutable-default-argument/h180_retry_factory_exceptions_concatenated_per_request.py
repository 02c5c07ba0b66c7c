"""Webhook sender: every delivery builds its send function with
`retry(attempts=...)(transport)`, taking the attempt count from the
subscriber's policy. The factory combines its `exceptions` list default with
the transient network errors by concatenation, which builds a new tuple and
leaves the shared list empty."""
import functools
import itertools

_deliveries = itertools.count()
TRANSIENT = (ConnectionError, TimeoutError, BrokenPipeError, ConnectionResetError, InterruptedError)


def retry(attempts=3, exceptions=[]):  # expect: HL101 refuted
    catch = tuple(exceptions) + TRANSIENT

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                try:
                    return func(*args, **kwargs)
                except catch:
                    if attempt == attempts - 1:
                        raise
        return wrapper
    return decorate


def post_json(url, body):
    return {"url": url, "status": 202, "length": len(body)}


def scenario():
    n = next(_deliveries)
    url = f"https://hooks.example.com/sub/{n}"
    send = retry(attempts=1 + n % 4)(post_json)
    ping = retry(attempts=2)(post_json)
    return send(url, '{"event": "invoice.paid"}')["status"], ping(url + "/ping", "{}")["status"]
