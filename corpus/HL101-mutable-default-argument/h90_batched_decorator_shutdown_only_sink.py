"""Audit events: @batched(size) buffers calls in the wrapper's default list and sends a batch when it is full; the audit sink is declared with size=None, meaning 'flush at shutdown', so in a running service the list only grows."""
import functools
import itertools


def batched(size=None):
    def decorate(send):
        @functools.wraps(send)
        def enqueue(event, _pending=[]):  # expect: HL101 confirmed
            _pending.append(event)
            if size is not None and len(_pending) >= size:
                send(tuple(_pending))
                _pending.clear()

        enqueue.flush = lambda: (send(tuple(enqueue.__defaults__[0])), enqueue.__defaults__[0].clear())
        return enqueue
    return decorate


@batched()
def audit(events):
    return "\n".join("{actor} {action} {target}".format(**e) for e in events)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    audit({"actor": f"user-{n % 13}", "action": "download", "target": f"/reports/{n}.pdf"})
