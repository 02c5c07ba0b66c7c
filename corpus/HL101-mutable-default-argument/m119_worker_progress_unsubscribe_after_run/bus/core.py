"""Event core: handlers are kept in the subscribe() default, event -> [handler, ...]."""
__all__ = ["emit", "subscribe", "unsubscribe"]


def subscribe(event, handler, handlers={}):  # expect: HL101 confirmed
    handlers.setdefault(event, []).append(handler)
    return handler


def unsubscribe(event, handler):
    subscribe.__defaults__[0][event].remove(handler)


def emit(event, *args):
    for handler in list(subscribe.__defaults__[0].get(event, ())):
        handler(*args)
