"""Process-wide event hooks: callables run around every request."""
EVENTS = ("request", "response")


def callbacks_for(event, _registry={}):  # expect: HL101 refuted
    if event not in EVENTS:
        raise ValueError("unknown hook event %r" % (event,))
    return _registry.setdefault(event, [])


def register(event, callback):
    callbacks_for(event).append(callback)


def unregister(event, callback):
    callbacks = callbacks_for(event)
    if callback in callbacks:
        callbacks.remove(callback)


def dispatch(event, data):
    for callback in list(callbacks_for(event)):
        result = callback(data)
        if result is not None:
            data = result
    return data
