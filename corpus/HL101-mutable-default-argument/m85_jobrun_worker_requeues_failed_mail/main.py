"""Signup view: each signup queues an avatar thumbnail and a welcome mail, then runs one worker tick."""
import itertools

import tasks  # noqa: F401  (registers the job handlers)
from jobrun import JobQueue, Worker

_signups = itertools.count()


def scenario():
    n = next(_signups)
    queue = JobQueue(f"signup-{n}")
    queue.submit("thumbnail", f"avatar-{n}.png", 64 + n % 3)
    # every other signup typed the address without its domain
    address = f"user{n}@example.org" if n % 2 else f"user{n}"
    queue.submit("welcome_mail", address)
    worker = Worker(queue)
    return worker.tick(), worker.errors
