"""Decorators that record method calls on a model's `<channel>_log` list."""
import functools


def logged(channel):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args):
            result = method(self, *args)
            getattr(self, f"{channel}_log").append((method.__name__, args, result))
            return result

        return wrapper

    return decorate
