"""Step log lines."""


def record(trail, step, status):
    """Append the step's outcome to the trail and return its log line."""
    trail.append((step, status))
    return f"{step}: {status} ({len(trail)} steps so far)"
