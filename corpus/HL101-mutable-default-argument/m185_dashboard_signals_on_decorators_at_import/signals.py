"""In-process signals: receivers subscribe to an event name and get keyword payloads."""


class Receivers(list):
    """The receivers of one event; calling it with a function subscribes it."""

    def __call__(self, fn):
        self.append(fn)
        return fn

    def send(self, **payload):
        return [receiver(**payload) for receiver in self]


def on(event, fn=None, _listeners={}):  # expect: HL101 refuted
    """`@on(event)` subscribes the decorated function; `on(event, fn)` subscribes fn."""
    receivers = _listeners.get(event)
    if receivers is None:
        receivers = _listeners[event] = Receivers()
    return receivers if fn is None else receivers(fn)
