"""Client helper: retry a callable and remember failures in an errors list; the flaky call fails every third time."""
import itertools


def retry(fn, attempts=2, errors=[]):  # expect: HL101 confirmed
    for _ in range(attempts):
        try:
            return fn()
        except ValueError as exc:
            errors.append(str(exc))
    return None


_calls = itertools.count()


def flaky():
    n = next(_calls)
    if n % 3 == 0:
        raise ValueError(f"bad response for call {n}")
    return n


def scenario():
    return retry(flaky)
