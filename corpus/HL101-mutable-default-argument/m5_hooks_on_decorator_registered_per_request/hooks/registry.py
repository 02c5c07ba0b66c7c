import functools

from .table import hooks_for


def on(event):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs)

        hooks_for(event).append(wrapper)
        wrapper.unregister = functools.partial(hooks_for(event).remove, wrapper)
        return wrapper

    return decorator


def fire(event, *args):
    return [hook(*args) for hook in list(hooks_for(event))]
