"""Callback registry kept in a default dict; register() returns the live table."""


def register(name, fn, _registry={}):  # expect: HL101 confirmed
    _registry[name] = fn
    return _registry


def fire(table, name, *args):
    handler = table.get(name)
    if handler is None:
        return None
    return handler(*args)
