"""Receivers per signal name, kept in a default dict; connect() returns that signal's receivers."""


def connect(signal, receiver, receivers={}):  # expect: HL101 confirmed
    receivers.setdefault(signal, []).append(receiver)
    return receivers[signal]


def send(receivers, payload):
    return [receiver(payload) for receiver in receivers]
