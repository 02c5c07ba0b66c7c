"""Public API: publish a payload (bytes, or a dict encoded as JSON) to a topic."""
from . import transport


def publish(topic, payload, headers={}):  # expect: HL101 confirmed
    frame = transport.send(topic, payload, headers)
    return frame["size"]
