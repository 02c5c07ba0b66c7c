"""Retry helper: each retrier gets a fresh failure log because the inner def runs anew."""
import itertools


def make_retrier(limit):
    def attempt(operation, failures=[]):  # expect: HL101 refuted
        for _ in range(limit):
            try:
                return operation()
            except ValueError as exc:
                failures.append(str(exc))
        return None
    return attempt


_jobs = itertools.count()


def scenario():
    n = next(_jobs)

    def flaky():
        raise ValueError(f"job {n} failed")

    make_retrier(2)(flaky)
