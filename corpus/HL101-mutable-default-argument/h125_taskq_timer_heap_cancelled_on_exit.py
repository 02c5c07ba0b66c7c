"""Task queue scheduler: a tiny timer wheel on a heap, driven by a virtual
clock. The scheduler is used as a context manager; leaving the block cancels
every timer still pending (the 60 s watchdog), so the heap shared through
the default is empty again after each run."""
import heapq
import itertools

_runs = itertools.count()
_seq = itertools.count()


class Scheduler:
    def __init__(self, timers=[]):  # expect: HL101 refuted
        self.timers, self.clock = timers, 0.0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.timers.clear()
        return False

    def call_later(self, delay, callback, *args):
        heapq.heappush(self.timers, (self.clock + delay, next(_seq), callback, args))

    def run_until(self, deadline):
        while self.timers and self.timers[0][0] <= deadline:
            when, _, callback, args = heapq.heappop(self.timers)
            self.clock = when
            callback(*args)


def scenario():
    n = next(_runs)
    log = []
    with Scheduler() as sched:
        for delay, what in ((0.5, "heartbeat"), (1.0, "retry:1"), (60.0, "watchdog")):
            sched.call_later(delay, log.append, f"{what}:{n}")
        sched.run_until(5.0)
    return log
