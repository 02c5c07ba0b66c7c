"""GUI toolkit: `dispatch` routes input events to a widget's handlers by
event type and returns as soon as a handler takes one. Events nobody claims
go to a dead-letter list default that the debug overlay reads; widgets have
no resize handler, so every frame's Resize event is kept there for good."""
import collections
import itertools

_frames = itertools.count()

KeyPress = collections.namedtuple("KeyPress", "key frame")
Click = collections.namedtuple("Click", "x y frame")
Resize = collections.namedtuple("Resize", "width height frame")


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 16, 18 (heaplint: unknown)
def dispatch(event, handlers, dead_letters=[]):  # expect: HL101 confirmed
    if isinstance(event, KeyPress) and "key" in handlers:
        return handlers["key"](event.key)
    if isinstance(event, Click) and "click" in handlers:
        return handlers["click"](event.x, event.y)
    dead_letters.append(event)
    return None


def scenario():
    n = next(_frames)
    handlers = {"key": str.upper, "click": lambda x, y: max((x, y), key=abs)}
    events = [KeyPress("k%d" % n, n), Click(n % 640, -(n % 480), n), Resize(800 + n, 600, n)]
    return [dispatch(event, handlers) for event in events]
