"""Plugin: register() files the plugin's handler in a hook table, per event.

Plugins are registered without a table, so they all share the default dict.
Handlers are keyed by id(self); the bound handler keeps its plugin alive, so
no id is ever reused and every checkout adds two entries that stay.
"""


class Plugin:
    events = ()

    def register(self, hooks={}):  # expect: HL101 confirmed
        for event in self.events:
            hooks.setdefault(event, {})[id(self)] = self.handle
        self.hooks = hooks
        return self

    def fire(self, event, payload):
        handlers = self.hooks.get(event, {})
        return [handler(event, payload) for handler in handlers.values()][-2:]

    def handle(self, event, payload):
        raise NotImplementedError
