import functools
import inspect

_PROVIDERS = {}


def provide(name):
    def register(factory):
        _PROVIDERS[name] = factory
        return factory
    return register


def inject(fn):
    wanted = tuple(inspect.signature(fn).parameters)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for name in wanted:
            if name in _PROVIDERS and name not in kwargs:
                kwargs[name] = _PROVIDERS[name]()
        return fn(*args, **kwargs)
    return wrapper
