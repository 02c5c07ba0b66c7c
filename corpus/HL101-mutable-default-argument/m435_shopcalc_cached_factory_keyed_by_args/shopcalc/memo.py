import functools


def cached(store={}):  # expect: HL101 confirmed
    """Memoize a pure function; decorated functions share store unless given one."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            key = (fn.__name__, args)
            if key not in store:
                store[key] = fn(*args)
            return store[key]

        return wrapper

    return decorate
