"""Compatibility helpers. `deprecated` wraps an old entry point with
functools.wraps and logs a deprecation notice pointing at the replacement.
Warns once per deprecated function: the `warned` set holds at most one
name per decorated function, however many accounts call it."""
import functools
import logging

log = logging.getLogger("billing_sdk.deprecation")
log.addHandler(logging.NullHandler())
log.propagate = False


def deprecated(replacement, warned=set()):  # expect: HL101 refuted
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = fn.__qualname__
            if key not in warned:
                warned.add(key)
                log.warning("%s is deprecated, use %s", fn.__qualname__, replacement)
            return fn(*args, **kwargs)
        return wrapper
    return decorate
