"""Finished-span statistics: (operation, tag) -> number of spans."""


def record(operation, tag, _finished={}):  # expect: HL101 confirmed
    key = (operation, tag)
    _finished[key] = _finished.get(key, 0) + 1
    return _finished[key]


def snapshot():
    """A copy of the table, for the /debug/spans page."""
    return dict(record.__defaults__[0])
