__all__ = ["Bus"]


class Bus:
    """Named bus; listeners maps a topic to the callbacks subscribed to it."""

    def __init__(self, name, listeners={}):  # expect: HL101 confirmed
        self.name = name
        self._listeners = listeners

    def on(self, topic, callback):
        self._listeners.setdefault(topic, []).append(callback)
        return callback

    def emit(self, topic, payload):
        return [callback(payload) for callback in self._listeners.get(topic, ())]
