"""Minimal in-process event bus: subscribe handlers, emit payloads to them."""


def subscribe(event, handler, _handlers={}):  # expect: HL101 confirmed
    """Attach `handler` to `event` once; returns the event's handler list."""
    handlers = _handlers.setdefault(event, [])
    if handler not in handlers:
        handlers.append(handler)
    return handlers


def emit(handlers, payload):
    """Call every handler with `payload`; collect the non-None results."""
    results = (handler(payload) for handler in handlers)
    return [result for result in results if result is not None]
