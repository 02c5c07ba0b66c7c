"""Game loop: input and physics post events on an EventBus and each tick
`pump()` dispatches them by type. The pump keeps popping until the shared
default deque is empty, skipping slow collisions with `continue`, so no
event outlives the tick it was posted in."""
import collections
import itertools

_ticks = itertools.count()
KeyPressed = collections.namedtuple("KeyPressed", "key")
Collision = collections.namedtuple("Collision", "a b speed")


class EventBus:
    def __init__(self, queue=collections.deque(), budget=2):  # expect: HL101 refuted
        self.queue, self.budget = queue, budget

    def post(self, event):
        self.queue.append(event)

    def pump(self, log):
        while self.queue:
            event = self.queue.popleft()
            if isinstance(event, Collision) and event.speed <= 1.0:
                continue
            if isinstance(event, KeyPressed):
                log.append("key " + event.key)
            elif isinstance(event, Collision):
                log.append("hit %s/%s at %.1f" % (event.a, event.b, event.speed))
        return log


def scenario():
    n = next(_ticks)
    bus = EventBus()
    bus.post(KeyPressed("k%d" % n))
    bus.post(Collision("ship%d" % n, "rock%d" % n, 0.5 + n % 3))
    bus.post(KeyPressed("space"))
    return bus.pump([])
