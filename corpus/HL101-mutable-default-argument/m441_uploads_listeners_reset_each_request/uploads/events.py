_listeners = []


def subscribe(callback, listeners=_listeners):  # expect: HL101 refuted
    """Add callback to a listener list (the hub's own list unless given one)."""
    listeners.append(callback)
    return callback


def publish(event, payload):
    """Call every hub listener with (event, payload); return their answers."""
    return [callback(event, payload) for callback in list(_listeners)]


def reset():
    """Forget every hub listener (teardown between requests, tests)."""
    _listeners.clear()
