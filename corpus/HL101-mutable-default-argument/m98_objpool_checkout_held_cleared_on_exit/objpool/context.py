"""Checkouts: borrow inside a with-block, everything taken goes back on exit."""
import functools


class Checkout:
    def __init__(self, pool, held=[]):  # expect: HL101 refuted
        self.pool = pool
        self.held = held

    def __enter__(self):
        def take(purpose):
            obj = self.pool.acquire()
            self.held.append((purpose, obj))
            return obj
        return take

    def __exit__(self, exc_type, exc, tb):
        for _purpose, obj in self.held:
            self.pool.release(obj)
        self.held.clear()
        return False


def checked_out(pool):
    def decorate(handler):
        @functools.wraps(handler)
        def wrapper(*args, **kwargs):
            with Checkout(pool) as take:
                return handler(take, *args, **kwargs)
        return wrapper
    return decorate
