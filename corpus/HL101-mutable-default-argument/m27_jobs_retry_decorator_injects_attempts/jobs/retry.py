"""Retry decorator: reruns a job on transient errors, logging each attempt."""
import functools

RETRYABLE = (TimeoutError, ConnectionError)


def retrying(times=3):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs.setdefault("attempts", [])
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE:
                    if attempt == times - 1:
                        raise
        return wrapper
    return decorate
