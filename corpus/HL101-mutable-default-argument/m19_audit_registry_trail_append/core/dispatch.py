from .registry import HANDLERS


def dispatch(name, event):
    handler = HANDLERS.get(name)
    if handler is None:
        raise LookupError(f"no handler for {name!r}")
    return handler(event)
