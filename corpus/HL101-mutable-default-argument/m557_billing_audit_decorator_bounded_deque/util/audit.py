"""`@audited(action)` records the latest calls of the wrapped function.

The wrapper keeps its trail in a default deque with maxlen, so the oldest
entries fall off once it is full."""
import collections
import functools


def audited(action):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, _trail=collections.deque(maxlen=16), **kwargs):  # expect: HL101 refuted
            result = fn(*args, **kwargs)
            _trail.append((action, result))
            return result
        return wrapper
    return decorate
