"""@on(topic): wraps a handler and records the wrapper in the registry.

The wrapper passes the event only, so the handler's own defaults apply.
"""
import functools

from m133_events_registry import add


def on(topic):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event):
            return fn(event)
        add(topic, wrapper)
        return wrapper
    return decorate
