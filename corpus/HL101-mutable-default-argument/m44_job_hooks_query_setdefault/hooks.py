def on(event, callback=None, _subscribers={}):  # expect: HL101 confirmed
    """on(event, fn) subscribes fn to event; on(event) returns its subscribers."""
    if callback is not None:
        _subscribers.setdefault(event, []).append(callback)
        return callback
    return tuple(_subscribers.setdefault(event, []))
