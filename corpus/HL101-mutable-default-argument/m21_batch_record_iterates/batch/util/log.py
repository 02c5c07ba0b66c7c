"""Step log lines."""


def record(trail, step, status):
    """Return the step's log line, naming the steps already in the trail."""
    done = ", ".join(name for name, _ in trail)
    return f"{step}: {status} (after: {done or 'nothing'})"
