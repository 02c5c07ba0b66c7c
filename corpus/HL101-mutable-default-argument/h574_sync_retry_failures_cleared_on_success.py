"""Replica sync: each push is retried a few times on connection errors,
and the failed attempts are collected in `failures` so the final error can
list them. A push that eventually succeeds clears the list before
returning, and the flaky replica always accepts the third attempt."""
import itertools

_batches = itertools.count()


def push_with_retry(send, attempts=4, failures=[]):  # expect: HL101 refuted
    for attempt in range(attempts):
        try:
            result = send(attempt)
        except ConnectionError as exc:
            failures.append(f"attempt {attempt}: {exc}")
            continue
        failures.clear()
        return result
    raise RuntimeError("gave up: " + "; ".join(failures))


def make_sender(batch_id):
    def send(attempt):
        if attempt < 2:
            raise ConnectionError(f"replica busy (batch {batch_id})")
        return f"batch {batch_id} stored"
    return send


def scenario():
    return push_with_retry(make_sender(next(_batches)))
