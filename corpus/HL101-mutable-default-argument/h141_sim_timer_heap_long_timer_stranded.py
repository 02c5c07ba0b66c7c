"""Mission simulation: timers live in a heapq list default shared by every
Scheduler. `advance()` fires the due timers and breaks at the first one
still in the future. Each mission also arms a despawn timer 500 ticks out
but is only advanced 10 ticks, so those timers pile up in the shared heap."""
import heapq
import itertools

_missions = itertools.count()
_order = itertools.count()


class Scheduler:
    def __init__(self, queue=[]):  # expect: HL101 confirmed
        self.queue, self.now, self.fired = queue, 0, []

    def after(self, delay, name):
        heapq.heappush(self.queue, (self.now + delay, next(_order), name))

    def advance(self, ticks):
        end = self.now + ticks
        while self.queue:
            if self.queue[0][0] > end:
                break
            self.now, _, name = heapq.heappop(self.queue)
            self.fired.append("t=%d %s" % (self.now, name))
        self.now = end
        return self.fired


def scenario():
    n = next(_missions)
    sched = Scheduler()
    sched.after(2, "spawn wave %d" % n)
    sched.after(7, "open gate %d" % n)
    sched.after(500, "despawn mission %d" % n)
    return sched.advance(10)
