import functools


def set_module(name):
    def deco(fn):
        fn.__module__ = name
        return fn
    return deco


def records_cursor(fn):
    """Remember each cursor handed to the fetcher, for loop detection."""
    @functools.wraps(fn)
    def wrapper(cursor, seen):
        page = fn(cursor, seen)
        seen.append(cursor)
        return page
    return wrapper
