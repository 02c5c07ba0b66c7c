"""@deprecated(replacement): report the use of an old API the first time it happens."""
import functools

from warned import warn_once


def deprecated(replacement):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            warn_once(f"{fn.__name__}() is deprecated, use {replacement}() instead")
            return fn(*args, **kwargs)
        wrapper.replacement = replacement
        return wrapper
    return decorate
