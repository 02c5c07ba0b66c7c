"""Circuit breaker: `Breaker.call()` is a context manager that records a
failure timestamp whenever the guarded block raises `ConnectionError`.
`record_failure()` keeps timestamps in a default list and counts only those
within the last `window` seconds, but it filters into a new list and never
trims the stored one, so every failure ever seen stays in the default."""
import contextlib
import itertools

_ticks = itertools.count()


def record_failure(now, window=30.0, failures=[]):  # expect: HL101 confirmed
    failures.append(now)
    recent = [t for t in failures if now - t <= window]
    return len(recent)


class Breaker:
    def __init__(self, threshold=5):
        self.threshold, self.open, self.last_call = threshold, False, None

    @contextlib.contextmanager
    def call(self, now):
        try:
            yield self
        except ConnectionError:
            self.open = record_failure(now) >= self.threshold
        finally:
            self.last_call = now


def scenario():
    now = next(_ticks) * 7.5
    breaker = Breaker()
    with breaker.call(now):
        raise ConnectionError("upstream refused at %.1f" % now)
    return breaker.open
