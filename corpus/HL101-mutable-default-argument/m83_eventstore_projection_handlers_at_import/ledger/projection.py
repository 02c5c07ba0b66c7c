"""Projection: a named read model, rebuilt by replaying events through handlers."""

__all__ = ["Projection"]


class Projection:
    def __init__(self, name, initial, handlers={}):  # expect: HL101 refuted
        self.name = name
        self.initial = initial
        self.handlers = handlers
        self.state = dict(initial)

    def on(self, kind):
        def register(fn):
            self.handlers[(self.name, kind)] = fn
            return fn
        return register

    def replay(self, events):
        self.state = dict(self.initial)
        for event in events:
            handler = self.handlers.get((self.name, event["kind"]))
            if handler is not None:
                handler(self.state, event)
        return self.state
