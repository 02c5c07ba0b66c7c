"""Named events; plugins connect handlers, the builder fires the events."""


class HookBus:
    def __init__(self, handlers={}):  # expect: HL101 refuted
        self.handlers = handlers

    def on(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)
        return handler

    def fire(self, event, *args):
        return [handler(*args) for handler in self.handlers.get(event, ())]


bus = HookBus()  # the process-wide bus, for plugins that need no site
