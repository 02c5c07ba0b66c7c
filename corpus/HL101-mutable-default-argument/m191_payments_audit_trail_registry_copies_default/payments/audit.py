"""Audit trails, one per kind of operation, kept in a module-level registry."""
_TRAILS = {}


def open_trail(kind, trail):
    """Start a new trail for `kind`, seeded with the lines of `trail`."""
    _TRAILS[kind] = list(trail)


def record(kind, line):
    _TRAILS[kind].append(line)


def trail_for(kind):
    return _TRAILS.get(kind, [])
