_receivers = {}


def connect(signal, receiver):
    _receivers.setdefault(signal, []).append(receiver)
    return receiver


def receiver(signal):
    return lambda fn: connect(signal, fn)


def send(signal, sender, **kwargs):
    return [fn(sender, **kwargs) for fn in _receivers.get(signal, ())]
