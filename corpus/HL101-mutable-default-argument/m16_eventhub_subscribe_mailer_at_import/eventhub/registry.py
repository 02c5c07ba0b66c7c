"""The process-wide callback registry: topic -> handlers."""

CALLBACKS = {}


def publish(topic, payload):
    return [handler(payload) for handler in CALLBACKS.get(topic, ())]


def topics():
    return sorted(CALLBACKS)
