"""Worker loop: each call submits one email task and one report task."""
import itertools

import jobqueue

_seq = itertools.count(1)


def scenario():
    n = next(_seq)
    sent = jobqueue.submit("email", f"job-{n}", f"user{n}@mail.example", "hi " * (n % 9))
    total = jobqueue.submit("report", f"job-{n}-r", [n, n + 1, n + 2])
    return sent, total
