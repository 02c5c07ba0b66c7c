"""Profiling helper: a timing context manager whose __exit__ records each section."""
import itertools

_ticks = itertools.count()


class Timer:
    def __init__(self, section, log=[]):  # expect: HL101 confirmed
        self.section = section
        self.log = log

    def __enter__(self):
        self.start = next(_ticks)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append((self.section, next(_ticks) - self.start))
        return False


_requests = itertools.count()


def scenario():
    n = next(_requests)
    with Timer(f"render-{n}"):
        sum(range(10))
