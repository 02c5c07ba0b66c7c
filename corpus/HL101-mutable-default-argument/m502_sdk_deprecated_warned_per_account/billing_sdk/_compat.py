"""Compatibility helpers. `deprecated` wraps an old entry point with
functools.wraps and logs a deprecation notice pointing at the replacement.
Warns once per (function, account): each account that calls an old
name gets its own notice, so the `warned` set gains an entry per account."""
import functools
import logging

log = logging.getLogger("billing_sdk.deprecation")
log.addHandler(logging.NullHandler())
log.propagate = False


def deprecated(replacement, warned=set()):  # expect: HL101 confirmed
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = (fn.__qualname__, kwargs.get("account"))
            if key not in warned:
                warned.add(key)
                log.warning("%s is deprecated, use %s", fn.__qualname__, replacement)
            return fn(*args, **kwargs)
        return wrapper
    return decorate
