"""Task queue scheduler: a tiny timer wheel on a heap, driven by a virtual
clock. Each run schedules a heartbeat and two retries, fires what is due,
and returns. The 60 s watchdog timer is never due inside the run and nothing
cancels it, so it stays on the heap shared through the default."""
import heapq
import itertools

_runs = itertools.count()
_seq = itertools.count()


class Scheduler:
    def __init__(self, timers=[]):  # expect: HL101 confirmed
        self.timers, self.clock = timers, 0.0

    def call_later(self, delay, callback, *args):
        heapq.heappush(self.timers, (self.clock + delay, next(_seq), callback, args))

    def run_until(self, deadline):
        fired = 0
        while self.timers and self.timers[0][0] <= deadline:
            when, _, callback, args = heapq.heappop(self.timers)
            self.clock = when
            callback(*args)
            fired += 1
        return fired


def scenario():
    n = next(_runs)
    log = []
    sched = Scheduler()
    sched.call_later(0.5, log.append, f"heartbeat:{n}")
    sched.call_later(1.0, log.append, f"retry:{n}:1")
    sched.call_later(2.0, log.append, f"retry:{n}:2")
    sched.call_later(60.0, log.append, f"watchdog:{n}")
    return sched.run_until(5.0), log
