"""Deduplication: event ids are marked through an alias of the default set's add."""


def first_time(event_id, seen=set()):  # expect: HL101 confirmed
    mark = seen.add
    if event_id in seen:
        return False
    mark(event_id)
    return True
