"""bus: topic -> handlers, shared by every part of the app."""


def listeners(topic, _table={}):  # expect: HL101 confirmed
    """The live handler list for `topic`, created on first use."""
    return _table.setdefault(topic, [])


def subscribe(topic, handler):
    listeners(topic).append(handler)
    return handler


def unsubscribe(topic, handler):
    listeners(topic).remove(handler)


def publish(topic, **payload):
    return [handler(topic, **payload) for handler in list(listeners(topic))]
