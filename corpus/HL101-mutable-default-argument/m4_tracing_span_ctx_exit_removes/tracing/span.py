"""Span: a context manager that pushes its name on the active-span stack on enter and removes it on exit."""


class Span:
    def __init__(self, name, active=[]):  # expect: HL101 refuted
        self.name = name
        self.active = active

    def __enter__(self):
        self.active.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.active.remove(self.name)
        return False

    def path(self):
        return " > ".join(self.active)
