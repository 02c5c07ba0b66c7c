"""@capture_failures: park a failed call's arguments for a later retry, then re-raise."""
import functools

from deadletter import park


def capture_failures(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            park(fn.__name__, args, f"{type(exc).__name__}: {exc}")
            raise
    return wrapper
