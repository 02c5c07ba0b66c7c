"""@instrumented: class decorator feeding the access report from every public method."""
import functools

from access import label, touched


def instrumented(cls):
    for name, attr in list(vars(cls).items()):
        if name.startswith("_") or not callable(attr):
            continue
        setattr(cls, name, _wrap(label(cls.__name__, name), attr))
    return cls


def _wrap(method_label, method):
    @functools.wraps(method)
    def wrapper(self, key, *args, **kwargs):
        touched(method_label, key)
        return method(self, key, *args, **kwargs)
    return wrapper
