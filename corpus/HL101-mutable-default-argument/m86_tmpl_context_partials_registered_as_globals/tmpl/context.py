"""Render-time name lookup: the render's variables first, then the globals."""

__all__ = ["Context"]


class Context:
    def __init__(self, vars, globals={}):  # expect: HL101 confirmed
        self.vars = vars
        self.globals = globals

    def register(self, name, value):
        self.globals[name] = value

    def resolve(self, name):
        if name in self.vars:
            return self.vars[name]
        try:
            return self.globals[name]
        except KeyError:
            raise NameError(f"undefined template name {name!r}") from None
