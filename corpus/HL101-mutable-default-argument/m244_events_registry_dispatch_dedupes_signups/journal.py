"""Redelivery guard: the event ids already handled, per event kind."""


def first_delivery(kind, event_id, _seen={}):  # expect: HL101 confirmed
    """True the first time (kind, event_id) arrives; later deliveries are duplicates."""
    ids = _seen.setdefault(kind, set())
    if event_id in ids:
        return False
    ids.add(event_id)
    return True
