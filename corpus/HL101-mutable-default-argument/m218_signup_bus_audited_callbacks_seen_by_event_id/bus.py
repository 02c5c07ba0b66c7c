"""A tiny synchronous event bus: subscribe callbacks to a topic, publish payloads to it."""
import collections

_subscribers = collections.defaultdict(list)


def subscribe(topic, callback):
    _subscribers[topic].append(callback)
    return callback


def publish(topic, payload):
    """Call every subscriber of `topic` in order; returns their results."""
    return [callback(payload) for callback in _subscribers.get(topic, ())]
