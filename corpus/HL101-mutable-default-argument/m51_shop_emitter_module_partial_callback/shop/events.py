class Emitter:
    """Minimal observer: callbacks subscribe to an event name and get the payload."""

    def __init__(self, handlers={}):  # expect: HL101 refuted
        self._handlers = handlers

    def on(self, event, callback):
        callbacks = self._handlers.setdefault(event, [])
        if callback not in callbacks:
            callbacks.append(callback)
        return callback

    def emit(self, event, payload):
        for callback in list(self._handlers.get(event, ())):
            callback(payload)
