"""Subscription API: @subscribe("topic") registers a handler for a topic."""
from .registry import CALLBACKS


def subscribe(topic, handlers=[]):  # expect: HL101 refuted
    def register(handler):
        handlers.append(handler)
        CALLBACKS[topic] = handlers
        return handler

    return register
