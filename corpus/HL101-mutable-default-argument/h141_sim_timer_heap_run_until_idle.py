"""Mission simulation: timers live in a heapq list default shared by every
Scheduler. Each mission arms its timers, including a despawn timer 500
ticks out, and then `run_until_idle()` jumps the clock from timer to timer
until the heap is empty, so no timer outlives its mission."""
import heapq
import itertools

_missions = itertools.count()
_order = itertools.count()


class Scheduler:
    def __init__(self, queue=[]):  # expect: HL101 refuted
        self.queue, self.now, self.fired = queue, 0, []

    def after(self, delay, name):
        heapq.heappush(self.queue, (self.now + delay, next(_order), name))

    def run_until_idle(self):
        while self.queue:
            self.now, _, name = heapq.heappop(self.queue)
            self.fired.append("t=%d %s" % (self.now, name))
        return self.fired


def scenario():
    n = next(_missions)
    sched = Scheduler()
    sched.after(2, "spawn wave %d" % n)
    sched.after(7, "open gate %d" % n)
    sched.after(500, "despawn mission %d" % n)
    return sched.run_until_idle()
