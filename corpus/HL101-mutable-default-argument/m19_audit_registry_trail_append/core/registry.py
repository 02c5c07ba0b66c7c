HANDLERS = {}


def register(name, handler):
    if name in HANDLERS:
        raise ValueError(f"handler {name!r} already registered")
    HANDLERS[name] = handler
    return handler
