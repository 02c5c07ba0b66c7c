"""Signals: receivers are kept in a default dict, keyed by signal name (Django-like connect/send)."""


def connect(signal, receiver=None, _receivers={}):  # expect: HL101 confirmed
    bucket = _receivers.setdefault(signal, [])
    if receiver is not None:
        bucket.append(receiver)
    return bucket


def send(signal, **kwargs):
    return [r(**kwargs) for r in connect(signal)[-1:]]
