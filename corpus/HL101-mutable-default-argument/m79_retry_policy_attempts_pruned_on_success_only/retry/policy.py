"""policy: call until success, logging failed attempts per key for diagnostics."""
import functools


class GiveUp(Exception):
    pass


def run(call, key, max_attempts, attempts=[]):  # expect: HL101 confirmed
    """`attempts` logs (key, attempt, error) for every failure still being retried."""
    for n in range(1, max_attempts + 1):
        try:
            result = call()
        except OSError as exc:
            attempts.append((key, n, repr(exc)))
            continue
        attempts[:] = [a for a in attempts if a[0] != key]  # done with this key
        return result
    raise GiveUp(key, [a for a in attempts if a[0] == key])


def retrying(max_attempts=3):
    """Decorator for fn(transport, path): retry it, keyed by the path."""
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(transport, path):
            return run(lambda: fn(transport, path), path, max_attempts)
        return wrapper
    return decorate
