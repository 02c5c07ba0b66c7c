"""Job runner: deferred calls are queued as functools.partial objects in a default and drained before returning."""
import functools
import itertools


def send_email(to, subject):
    return f"to={to} subject={subject}"


def defer_and_run(to, subject, _queue=[]):  # expect: HL101 refuted
    _queue.append(functools.partial(send_email, to, subject))
    _queue.append(functools.partial(send_email, "audit@example.com", f"copy: {subject}"))
    results = []
    while _queue:
        results.append(_queue.pop()())
    return results


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    defer_and_run(f"user{n}@example.com", f"receipt #{n}")
