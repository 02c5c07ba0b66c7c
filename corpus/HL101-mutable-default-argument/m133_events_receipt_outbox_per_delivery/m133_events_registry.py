"""Handler registry: topic -> handlers, filled once at import by the decorators."""
_HANDLERS = {}


def add(topic, handler):
    _HANDLERS.setdefault(topic, []).append(handler)


def handlers(topic):
    return tuple(_HANDLERS.get(topic, ()))
