import time


def record(event, ref, trail):
    """Add an audit entry to the trail the caller keeps for this request."""
    entry = (event, ref, time.monotonic_ns())
    trail = [*trail, entry]
    return trail
