"""`@audited(action)` records the calls of the wrapped function.

The wrapper keeps its trail in a default deque without a maxlen, so every
call of the decorated method adds an entry for good."""
import collections
import functools


def audited(action):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, _trail=collections.deque(), **kwargs):  # expect: HL101 confirmed
            result = fn(*args, **kwargs)
            _trail.append((action, result))
            return result
        return wrapper
    return decorate
