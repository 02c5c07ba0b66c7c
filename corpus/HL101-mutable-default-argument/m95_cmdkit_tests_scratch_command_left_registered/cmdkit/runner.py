"""Dispatch one argv to its registered command."""
from . import registry


def run(argv):
    name, *args = argv
    handler = registry.lookup(name)
    return handler(*args)
