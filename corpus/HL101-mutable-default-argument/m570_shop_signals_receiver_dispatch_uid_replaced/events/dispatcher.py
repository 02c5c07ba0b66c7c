"""Receivers are stored by lookup key, as in Django: the key is the signal and
the ``dispatch_uid`` when given, else the receiver's identity, so connecting
with the same uid again replaces the earlier receiver."""

_receivers = {}


def connect(signal, receiver, dispatch_uid=None, receivers=_receivers):  # expect: HL101 refuted
    key = (signal, dispatch_uid if dispatch_uid is not None else id(receiver))
    receivers[key] = receiver
    return key


def send(signal, sender, **kwargs):
    matching = [r for (sig, _), r in list(_receivers.items()) if sig == signal]
    return [(receiver, receiver(sender, **kwargs)) for receiver in matching]
