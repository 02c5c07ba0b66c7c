"""Nested tracing spans; the current path is the names of the open spans."""
from contextlib import contextmanager


@contextmanager
def span(name, _open=[]):  # expect: HL101 refuted
    _open.append(name)
    yield "/".join(_open)
    _open.pop()
