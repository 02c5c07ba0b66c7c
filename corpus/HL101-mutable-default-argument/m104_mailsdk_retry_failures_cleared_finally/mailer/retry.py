import functools


class TransientError(Exception):
    """A failure worth retrying: timeout, 502, 503."""


class RetryError(Exception):
    """Every attempt failed; the message lists what went wrong each time."""


def retrying(times=3, failures=[]):  # expect: HL101 refuted
    """Decorator: retry on TransientError, up to `times` attempts."""
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                for attempt in range(1, times + 1):
                    try:
                        return func(*args, **kwargs)
                    except TransientError as exc:
                        failures.append(f"attempt {attempt}: {exc}")
                summary = "; ".join(failures)
                raise RetryError(f"{func.__name__} gave up: {summary}")
            finally:
                failures.clear()
        return wrapper
    return decorate
