"""Delivery audit: the (subscriber, key) pairs delivered so far."""


def note(subscriber, key, _seen=set()):  # expect: HL101 confirmed
    """Record one delivery; True the first time this pair is seen."""
    pair = (subscriber, key)
    if pair in _seen:
        return False
    _seen.add(pair)
    return True
