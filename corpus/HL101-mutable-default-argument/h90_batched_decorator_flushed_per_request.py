"""Audit events: @batched(size) buffers calls in the wrapper's default list and sends a batch when it is full; the request handler also calls audit.flush() in a finally block, so the list is empty again after every request."""
import functools
import itertools


def batched(size=None):
    def decorate(send):
        @functools.wraps(send)
        def enqueue(event, _pending=[]):  # expect: HL101 refuted
            _pending.append(event)
            if size is not None and len(_pending) >= size:
                send(tuple(_pending))
                _pending.clear()

        enqueue.flush = lambda: (send(tuple(enqueue.__defaults__[0])), enqueue.__defaults__[0].clear())
        return enqueue
    return decorate


@batched(size=100)
def audit(events):
    return "\n".join("{actor} {action} {target}".format(**e) for e in events)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    try:
        audit({"actor": f"user-{n % 13}", "action": "download", "target": f"/reports/{n}.pdf"})
    finally:
        audit.flush()
