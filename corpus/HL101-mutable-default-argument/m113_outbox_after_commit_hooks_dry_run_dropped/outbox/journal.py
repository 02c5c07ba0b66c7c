"""Outbox journal: every message a committed hook sent, in order."""


def note(topic, message, sent=[]):  # expect: HL101 refuted
    sent.append((topic, message))
    return len(sent)
