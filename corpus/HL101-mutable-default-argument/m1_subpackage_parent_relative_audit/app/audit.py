"""Audit trail: events are appended to a default list."""


def log_event(kind, payload, trail=[]):  # expect: HL101 confirmed
    trail.append((kind, payload))
    return len(trail)
