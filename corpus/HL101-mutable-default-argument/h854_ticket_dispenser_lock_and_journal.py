"""Ticket dispenser for service counters: a default threading.Lock guards
the per-counter sequence numbers, and a default journal list records every
ticket handed out (for the end-of-day report that nobody runs)."""
import itertools
import threading

COUNTERS = ("billing", "returns", "pickup")
_next = dict.fromkeys(COUNTERS, 0)
_arrivals = itertools.count()


def take_ticket(
    counter,
    _lock=threading.Lock(),  # a lock holds no objects: not a mutable-default finding
    _journal=[],  # expect: HL101 confirmed
):
    """Hand out the next ticket number for `counter`."""
    with _lock:
        _next[counter] += 1
        ticket = "%s-%04d" % (counter[:3].upper(), _next[counter])
        _journal.append(ticket)
    return ticket


def scenario():
    n = next(_arrivals)
    return take_ticket(COUNTERS[n % 3])
