"""Compliance trail: who ran which money-moving view, in order."""


def append_entry(actor, action, target, _entries=[]):  # expect: HL101 confirmed
    """Add one trail entry; returns its sequence number."""
    _entries.append((actor, action, target))
    return len(_entries)


def receipt(seq, action):
    return f"{action}#{seq:08d}"
