"""Plugin: register() files the plugin's handler in a hook table, per event.

Plugins are registered without a table, so they all share the default dict.
Handlers are keyed by plugin class name, a fixed set, so each checkout's
plugins replace the previous checkout's and the table stays at two entries.
"""


class Plugin:
    events = ()

    def register(self, hooks={}):  # expect: HL101 refuted
        for event in self.events:
            hooks.setdefault(event, {})[type(self).__name__] = self.handle
        self.hooks = hooks
        return self

    def fire(self, event, payload):
        handlers = self.hooks.get(event, {})
        return [handler(event, payload) for handler in handlers.values()][-2:]

    def handle(self, event, payload):
        raise NotImplementedError
