import functools


def memoize(func, _store={}):  # expect: HL101 refuted
    """Cache results per (function, positional args); unhashable args bypass the cache."""
    qualname = func.__module__ + "." + func.__qualname__

    @functools.wraps(func)
    def wrapper(*args):
        key = (qualname,) + args
        try:
            return _store[key]
        except KeyError:
            pass
        except TypeError:
            return func(*args)
        result = _store[key] = func(*args)
        return result

    wrapper.cache_info = lambda: sum(1 for k in _store if k[0] == qualname)
    return wrapper
