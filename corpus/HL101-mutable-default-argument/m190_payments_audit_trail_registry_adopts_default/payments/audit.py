"""Audit trails, one per kind of operation, kept in a module-level registry."""
_TRAILS = {}


def open_trail(kind, trail):
    """Make `trail` the current trail for `kind`."""
    _TRAILS[kind] = trail


def record(kind, line):
    _TRAILS[kind].append(line)


def trail_for(kind):
    return _TRAILS.get(kind, [])
