"""A Signal gets its receiver list lazily, on its first connect()."""


class Signal:
    def __init__(self, name):
        self.name = name

    def send(self, sender, **payload):
        return [(r, r(sender, **payload)) for r in getattr(self, "_receivers", ())]


def connect(signal, receiver, receivers=[]):  # expect: HL101 confirmed
    try:
        live = signal._receivers
    except AttributeError:
        live = signal._receivers = receivers
    if receiver not in live:
        live.append(receiver)
    return receiver
