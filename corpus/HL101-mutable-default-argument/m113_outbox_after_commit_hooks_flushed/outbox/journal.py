"""Outbox journal: every message a committed hook sent, in order."""


def note(topic, message, sent=[]):  # expect: HL101 confirmed
    sent.append((topic, message))
    return len(sent)
