"""Event bus: listeners live in a module-level dict of lists."""
_listeners = {}


def subscribe(kind, callback):
    _listeners.setdefault(kind, []).append(callback)
    return callback


def publish(kind, event):
    return [cb(event) for cb in _listeners.get(kind, ())]
