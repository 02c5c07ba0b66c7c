_subscribers = {}


def subscribe(topic, fn):
    _subscribers.setdefault(topic, []).append(fn)
    return fn


def unsubscribe(topic, fn):
    handlers = _subscribers.get(topic, [])
    if fn in handlers:
        handlers.remove(fn)


def publish(topic, **kw):
    return [fn(**kw) for fn in list(_subscribers.get(topic, ()))]
