"""Emitter: keeps the listener list it is given and calls each one in order."""


class Emitter:
    def __init__(self, listeners):
        self._listeners = listeners

    def on(self, listener):
        self._listeners.append(listener)
        return listener

    def emit(self, payload):
        return [listener(payload) for listener in self._listeners]
