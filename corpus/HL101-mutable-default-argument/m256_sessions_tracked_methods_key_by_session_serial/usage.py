"""@tracked: count each call of a session method on the usage dashboard."""
import functools

from counters import bump, is_noisy


def tracked(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        if is_noisy(bump(self.serial, method.__name__)):
            self.throttled = True
        return method(self, *args)
    return wrapper
