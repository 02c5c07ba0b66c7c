"""@subscribe(bus, kind): wraps a handler so it only sees events of that kind."""
import functools


def subscribe(bus, kind):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(event):
            return fn(event) if event["kind"] == kind else None
        bus.handlers.append(wrapper)
        return fn
    return decorate
