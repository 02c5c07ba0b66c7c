"""Synchronous in-process event bus."""
_listeners = []


def subscribe(callback):
    _listeners.append(callback)
    return callback


def unsubscribe(callback):
    _listeners.remove(callback)


def emit(kind, **payload):
    event = {"kind": kind, **payload}
    for callback in list(_listeners):
        callback(event)
    return len(_listeners)
