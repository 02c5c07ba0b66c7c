import copy
import functools


def public(fn):
    """Mark a function as part of the documented API."""
    fn.__public__ = True
    return fn


def isolated(fn):
    """Run the callee on deep copies so callers' arguments stay untouched."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*copy.deepcopy(args), **copy.deepcopy(kwargs))
    return wrapper
