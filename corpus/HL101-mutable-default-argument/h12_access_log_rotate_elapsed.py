"""Access log: entries go to a default list that is rotated only when a minute has passed on the monotonic clock."""
import itertools
import time

_last_rotation = [time.monotonic()]


def log_access(path, status, entries=[]):  # expect: HL101 unknown
    now = time.monotonic()
    if now - _last_rotation[0] > 60:
        entries.clear()
        _last_rotation[0] = now
    entries.append((path, status))
    return len(entries)


_hits = itertools.count()


def scenario():
    n = next(_hits)
    return log_access(f"/items/{n}", 200)
