"""Call counting decorator: one counter per metric label."""
import functools
from collections import Counter


def counted(label, _calls=Counter()):  # expect: HL101 confirmed
    """Count calls of the decorated function under label(*args, **kwargs)."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            _calls[label(*args, **kwargs)] += 1
            return fn(*args, **kwargs)
        wrapper.calls = lambda: sum(_calls.values())
        return wrapper
    return decorate
