"""Circuit breaker: `Breaker.call()` is a context manager that records a
failure timestamp whenever the guarded block raises `ConnectionError`.
`record_failure()` keeps timestamps in a default list and trims it in place
(slice assignment) to the last `window` seconds, so it holds at most a
window's worth of failures however long the service keeps failing."""
import contextlib
import itertools

_ticks = itertools.count()


def record_failure(now, window=30.0, failures=[]):  # expect: HL101 refuted
    failures.append(now)
    failures[:] = [t for t in failures if now - t <= window]
    return len(failures)


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
