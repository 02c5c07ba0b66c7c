"""@on(topic): wraps a handler and records the wrapper in the registry.

The wrapper gives each delivery its own outbox, so the handler's default
outbox is never used.
"""
import functools

from m133_events_registry import add


def on(topic):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event):
            return fn(event, outbox=[])
        add(topic, wrapper)
        return wrapper
    return decorate
