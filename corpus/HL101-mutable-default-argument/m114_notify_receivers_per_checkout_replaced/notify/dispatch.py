"""Receivers per signal name, kept in a default dict: the newest receiver replaces the previous one."""


def connect(signal, receiver, receivers={}):  # expect: HL101 refuted
    receivers[signal] = [receiver]
    return receivers[signal]


def send(receivers, payload):
    return [receiver(payload) for receiver in receivers]
