"""Order events: listeners subscribe at import time and are notified per order."""
_listeners = []


def subscribe(fn):
    _listeners.append(fn)
    return fn


def emit(name, payload):
    return [fn(name, payload) for fn in _listeners]
