"""Factory helpers: build emitters and broadcast to a set of channels."""
from .emitter import Emitter


def make_emitter(listeners=[]):  # expect: HL101 confirmed
    return Emitter(listeners)


def broadcast(emitter, payload, channels=["audit", "metrics"]):  # expect: HL101 refuted
    results = {}
    for channel in channels:
        results[channel] = len(emitter.emit(dict(payload, channel=channel)))
    return results
