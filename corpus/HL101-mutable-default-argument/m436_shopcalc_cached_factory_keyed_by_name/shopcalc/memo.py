import functools


def cached(store={}):  # expect: HL101 refuted
    """Remember the last call of each function; decorated functions share store."""

    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            last = store.get(fn.__name__)
            if last is not None and last[0] == args:
                return last[1]
            result = fn(*args)
            store[fn.__name__] = (args, result)
            return result

        return wrapper

    return decorate
