"""Application factory: wraps a handler in a middleware chain."""
from .chain import Chain


def wrap(app, middlewares=[]):  # expect: HL101 confirmed
    return Chain(app, middlewares)
