"""Metrics client: `record()` queues statsd lines in `pending`, a default
list, and once BATCH_SIZE lines are queued joins them into one datagram
payload for the sender and starts a new batch with `pending = []`. That
rebinds the local name only: the shared default keeps every queued line,
stays above BATCH_SIZE and is joined and "flushed" whole on every call."""
import itertools

BATCH_SIZE = 20
_requests = itertools.count()
sent = []


def record(name, value, kind="ms", pending=[]):  # expect: HL101 confirmed
    pending.append(f"{name}:{value}|{kind}")
    if len(pending) >= BATCH_SIZE:
        sent.append(len("\n".join(pending)))
        pending = []
    return len(pending)


def scenario():
    n = next(_requests)
    record(f"api.orders_{n}.latency", 40 + n % 13)
    record(f"api.orders_{n}.rows", n % 50, kind="g")
    sent.clear()
