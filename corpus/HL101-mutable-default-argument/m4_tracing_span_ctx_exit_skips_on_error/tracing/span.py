"""Span: a context manager that pushes its name on enter and pops it on exit, but only when the block succeeded."""


class Span:
    def __init__(self, name, active=[]):  # expect: HL101 confirmed
        self.name = name
        self.active = active

    def __enter__(self):
        self.active.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.active.pop()
        return False

    def path(self):
        return " > ".join(self.active)
