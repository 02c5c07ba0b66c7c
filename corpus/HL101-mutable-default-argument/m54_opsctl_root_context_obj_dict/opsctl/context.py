"""Invocation context handed to every command."""


class UsageError(Exception):
    pass


class Context:
    def __init__(self, prog, parent=None, obj=None):
        self.prog = prog
        self.parent = parent
        self.params = {}
        if obj is None and parent is not None:
            obj = parent.obj
        self.obj = obj

    def child(self, name):
        return Context(f"{self.prog} {name}", parent=self)

    def ensure_object(self, factory):
        if self.obj is None:
            self.obj = factory()
        return self.obj

    def lookup(self, key, default=None):
        ctx = self
        while ctx is not None:
            if key in ctx.params:
                return ctx.params[key]
            ctx = ctx.parent
        return default
