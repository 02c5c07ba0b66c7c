"""Task queue: schedule_retry() queues a timer on the shared scheduler with its default attempts dict as an extra argument; the timer only reads the attempt count."""
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self._timers = []
        self._seq = itertools.count()

    def call_later(self, delay, fn, *args):
        heapq.heappush(self._timers, (self.now + delay, next(self._seq), fn, args))

    def advance(self, seconds):
        self.now += seconds
        while self._timers and self._timers[0][0] <= self.now:
            _, _, fn, args = heapq.heappop(self._timers)
            fn(*args)


SCHEDULER = Scheduler()


def _retry(job, attempts):
    attempt = attempts.get(job, 0) + 1
    return attempt


def schedule_retry(job, attempts={}):  # expect: HL101 refuted
    SCHEDULER.call_later(2.5, _retry, job, attempts)


_jobs = itertools.count()


def scenario():
    schedule_retry(f"send-invoice-{next(_jobs)}")
    SCHEDULER.advance(5.0)
