"""Application factory: wraps a handler in a middleware chain."""
from .chain import Chain


def wrap(app, middlewares=[]):  # expect: HL101 refuted
    return Chain(app, middlewares)
