"""SDK retry policy: every client gets a RetryPolicy that records throttled
attempts in an attempt log, passed in or defaulting to a deque; all policies
built with the default share it, and the deque is unbounded, so every
throttled attempt of every request stays in it."""
import itertools
from collections import deque

_ids = itertools.count()


class Throttled(Exception):
    pass


class RetryPolicy:
    def __init__(self, max_attempts=3, attempt_log=deque()):  # expect: HL101 confirmed
        self.max_attempts = max_attempts
        self.attempt_log = attempt_log

    def run(self, request_id, send):
        for attempt in range(1, self.max_attempts + 1):
            try:
                return send(attempt)
            except Throttled as exc:
                self.attempt_log.append((request_id, attempt, str(exc)))
        raise Throttled(f"{request_id}: gave up after {self.max_attempts} attempts")


def flaky_send(attempt):
    if attempt < 3:
        raise Throttled(f"Rate exceeded (attempt {attempt})")
    return {"status": 200}


def scenario():
    n = next(_ids)
    return RetryPolicy().run(f"req-{n:08d}", flaky_send)["status"]
