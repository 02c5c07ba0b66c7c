def connect(event, fn, _handlers={}):  # expect: HL101 refuted
    """Subscribe `fn` to `event`; plugins call this when their module runs."""
    _handlers.setdefault(event, {})[fn.__module__, fn.__qualname__] = fn
    return fn


def fire(event, value):
    for fn in connect.__defaults__[0].get(event, {}).values():
        value = fn(value)
    return value
