"""Retry helper: a generator yields exponential backoff delays and registers
the operation as "retrying" for a status page while it runs. The entry is
removed after the loop, but the caller returns out of its for loop as soon
as an attempt succeeds; the generator is closed mid-loop and that line never runs."""
import itertools

_ops = itertools.count()


def backoff(op, base=0.05, factor=2.0, attempts=5, active=set()):  # expect: HL101 confirmed
    active.add(op)
    delay = base
    for attempt in range(1, attempts + 1):
        yield attempt, min(delay, 2.0)
        delay *= factor
    active.discard(op)


def call_with_backoff(op, send, sleep):
    for attempt, delay in backoff(op):
        try:
            return send(op, attempt)
        except ConnectionError:
            sleep(delay)
    raise TimeoutError(op)


def flaky_send(op, attempt):
    if attempt < 3:
        raise ConnectionError(op)
    return f"{op}: ok after {attempt}"


def scenario():
    waited = []
    return call_with_backoff(f"upload-part-{next(_ops)}", flaky_send, waited.append), sum(waited)
