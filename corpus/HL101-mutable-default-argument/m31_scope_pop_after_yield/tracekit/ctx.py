"""Nested tracing scopes."""
import contextlib


class Span:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent
        self.tags = {}

    def tag(self, key, value):
        self.tags[key] = value


@contextlib.contextmanager
def scope(name, _stack=[]):  # expect: HL101 confirmed
    span = Span(name, _stack[-1] if _stack else None)
    _stack.append(span)
    yield span
    _stack.pop()
