def subscribe(topic, handler):
    from .registry import LISTENERS

    LISTENERS.setdefault(topic, []).append(handler)
    return handler


def emit(topic, payload):
    from .registry import listeners_for

    delivered = 0
    for handler in listeners_for(topic):
        handler(payload)
        delivered += 1
    return delivered


def close(topic):
    from .registry import LISTENERS

    LISTENERS.pop(topic, None)
