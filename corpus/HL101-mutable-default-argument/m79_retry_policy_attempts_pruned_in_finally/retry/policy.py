"""policy: call until success, logging failed attempts per key for diagnostics."""
import functools


class GiveUp(Exception):
    pass


def run(call, key, max_attempts, attempts=[]):  # expect: HL101 refuted
    """`attempts` logs (key, attempt, error) for every failure still being retried."""
    try:
        for n in range(1, max_attempts + 1):
            try:
                return call()
            except OSError as exc:
                attempts.append((key, n, repr(exc)))
        raise GiveUp(key, [a for a in attempts if a[0] == key])
    finally:
        attempts[:] = [a for a in attempts if a[0] != key]  # done with this key


def retrying(max_attempts=3):
    """Decorator for fn(transport, path): retry it, keyed by the path."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(transport, path):
            return run(lambda: fn(transport, path), path, max_attempts)
        return wrapper
    return decorate
