"""Event registry: one handler per event name."""


class Registry:
    def __init__(self):
        self._handlers = {}

    def add(self, event, handler):
        self._handlers[event] = handler
        return handler

    def lookup(self, event):
        return self._handlers.get(event)

    def __len__(self):
        return len(self._handlers)


REGISTRY = Registry()
