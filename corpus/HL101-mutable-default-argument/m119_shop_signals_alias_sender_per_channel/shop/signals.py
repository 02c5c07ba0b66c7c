"""Signals: receivers are filed per (signal, sender); sender None means any sender."""


def connect(signal, receiver, sender=None, receivers={}):  # expect: HL101 refuted
    receivers.setdefault((signal, sender), set()).add(receiver)
    return receiver


def send(signal, sender, **payload):
    table = connect.__defaults__[1]
    found = table.get((signal, sender), set()) | table.get((signal, None), set())
    return [receiver(sender, **payload) for receiver in sorted(found, key=lambda r: r.__name__)]
