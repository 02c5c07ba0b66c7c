"""Game loop: input and physics post events on an EventBus and each tick
`pump()` dispatches them by type. To keep frame time flat the pump handles
at most `budget` events and leaves the rest for the next tick, but every
tick posts three events against a budget of two, so the backlog in the
shared default deque grows by one event per tick."""
import collections
import itertools

_ticks = itertools.count()
KeyPressed = collections.namedtuple("KeyPressed", "key")
Collision = collections.namedtuple("Collision", "a b speed")


class EventBus:
    def __init__(self, queue=collections.deque(), budget=2):  # expect: HL101 confirmed
        self.queue, self.budget = queue, budget

    def post(self, event):
        self.queue.append(event)

    def pump(self, log):
        for _ in range(self.budget):
            if not self.queue:
                break
            event = self.queue.popleft()
            if isinstance(event, KeyPressed):
                log.append("key " + event.key)
            elif isinstance(event, Collision) and event.speed > 1.0:
                log.append("hit %s/%s at %.1f" % (event.a, event.b, event.speed))
        return log


def scenario():
    n = next(_ticks)
    bus = EventBus()
    bus.post(KeyPressed("k%d" % n))
    bus.post(Collision("ship%d" % n, "rock%d" % n, 1.5 + n % 3))
    bus.post(KeyPressed("space"))
    return bus.pump([])
