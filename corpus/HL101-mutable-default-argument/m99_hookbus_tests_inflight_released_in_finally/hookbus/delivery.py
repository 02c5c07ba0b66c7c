"""Deliver one payload to its receivers, refusing re-entrant re-sends."""

__all__ = ["deliver"]


def deliver(topic, receivers, payload, _inflight={}):  # expect: HL101 refuted
    key = (topic, id(payload))
    if key in _inflight:
        raise RuntimeError(f"{topic}: a receiver re-sent the payload it is handling")
    _inflight[key] = payload
    try:
        return [receiver(payload) for receiver in receivers]
    finally:
        del _inflight[key]
