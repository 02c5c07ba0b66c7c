import functools

MAX_ENTRIES = 64


def memoize(func, store={}):  # expect: HL101 refuted
    """Cache results of a pure service call, keyed by its arguments."""
    prefix = "%s.%s" % (func.__module__, func.__qualname__)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (prefix, args, tuple(sorted(kwargs.items())))
        try:
            return store[key]
        except KeyError:
            pass
        except TypeError:  # unhashable arguments: do not cache
            return func(*args, **kwargs)
        result = func(*args, **kwargs)
        if len(store) >= MAX_ENTRIES:
            store.pop(next(iter(store)))
        store[key] = result
        return result

    wrapper.cache = store
    return wrapper
