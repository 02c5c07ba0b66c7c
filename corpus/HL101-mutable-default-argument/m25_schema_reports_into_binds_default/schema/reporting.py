"""Decorator: a check's message is appended to the named problems argument."""
import functools
import inspect


def reports_into(param):
    def deco(fn):
        sig = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = sig.bind(*args, **kwargs)
            bound.apply_defaults()
            message = fn(*bound.args, **bound.kwargs)
            if message:
                bound.arguments[param].append(message)
            return bound.arguments[param]
        return wrapper
    return deco
