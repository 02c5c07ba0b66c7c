from .listeners import make_listener

_SUBSCRIBERS = {}


def subscribe(topic):
    if topic not in _SUBSCRIBERS:
        _SUBSCRIBERS[topic] = make_listener(topic)
    return _SUBSCRIBERS[topic]


def publish(event):
    for listener in _SUBSCRIBERS.values():
        listener(event)


def flush(topic):
    inbox = _SUBSCRIBERS[topic].inbox
    handled = len(inbox)
    inbox.clear()
    return handled
