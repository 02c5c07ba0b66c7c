"""A minimal event emitter; handlers stay registered for the emitter's lifetime."""


class Emitter:
    def __init__(self):
        self._listeners = {}

    def on(self, event, handler, *args):
        self._listeners.setdefault(event, []).append((handler, args))
        return self

    def emit(self, event, payload):
        for handler, args in self._listeners.get(event, ()):
            handler(payload, *args)
