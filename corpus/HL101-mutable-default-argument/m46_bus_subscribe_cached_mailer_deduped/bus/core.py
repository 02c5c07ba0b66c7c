"""subscribe(topic, handler) adds a handler; subscribe(topic) lists the topic's handlers."""


def subscribe(topic, handler=None, listeners=[]):  # expect: HL101 refuted
    if handler is not None and (topic, handler) not in listeners:
        listeners.append((topic, handler))
    return [h for t, h in listeners if t == topic]


def publish(topic, payload):
    return [handler(payload) for handler in subscribe(topic)]
