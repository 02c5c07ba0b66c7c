"""@exclusive(scope): run a method while holding the lock of (scope, its first argument)."""
import functools

from locks import acquire


def exclusive(scope):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, key, *args, **kwargs):
            lock_key = f"{scope}:{key}"
            held = acquire(lock_key, f"{type(self).__name__}.{method.__name__}")
            try:
                return method(self, key, *args, **kwargs)
            finally:
                held.pop(key, None)
        return wrapper
    return decorate
