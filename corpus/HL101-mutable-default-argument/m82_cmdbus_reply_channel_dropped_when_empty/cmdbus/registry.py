"""Handler registry: command type -> handlers, filled by the handler modules."""


class HandlerRegistry:
    def __init__(self, table={}):  # expect: HL101 refuted
        self.table = table

    def on(self, name):
        def decorator(fn):
            self.table.setdefault(name, []).append(fn)
            return fn
        return decorator

    def off(self, name, fn):
        handlers = self.table.get(name, [])
        if fn in handlers:
            handlers.remove(fn)
        if not handlers:
            self.table.pop(name, None)

    def handlers(self, name):
        return list(self.table.get(name, ()))


registry = HandlerRegistry()
