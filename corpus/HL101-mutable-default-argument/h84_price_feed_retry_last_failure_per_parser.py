"""Vendor price feeds: parsers are retried because upstream sometimes serves a half-written file."""
import contextlib
import functools
import itertools


def retry(times=3, _last_failure={}):  # expect: HL101 refuted
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(feed):
            for attempt in range(1, times + 1):
                try:
                    return fn(feed)
                except ValueError as exc:
                    _last_failure[fn.__qualname__] = (attempt, feed.url, str(exc))
            raise RuntimeError(f"{fn.__qualname__}: giving up on {feed.url} after {times} attempts")
        wrapper.last_failure = _last_failure
        return wrapper
    return decorate


class Feed:
    def __init__(self, url, bodies):
        self.url = url
        self._bodies = iter(bodies)

    def read(self):
        return next(self._bodies)


@retry(times=3)
def parse_prices(feed):
    return {sku: float(price) for sku, _, price in (line.partition(";") for line in feed.read().splitlines())}


_runs = itertools.count()


def scenario():
    n = next(_runs)
    good = Feed(f"https://acme.example/prices/{n}.csv", ["A1;9.99\nB2;", f"A1;9.99\nB2;{n % 90}.50"])
    broken = Feed(f"https://globex.example/prices/{n}.csv", [f"C3;{n},50"] * 3)
    with contextlib.suppress(RuntimeError):
        parse_prices(broken)
    return parse_prices(good)
