def connect(event, fn, _handlers={}):  # expect: HL101 confirmed
    """Subscribe `fn` to `event`; plugins call this when their module runs."""
    _handlers.setdefault(event, []).append(fn)
    return fn


def fire(event, value):
    for fn in connect.__defaults__[0].get(event, ()):
        value = fn(value)
    return value
