"""Load-test report: `error_share()` takes one batch of HTTP status codes
and reports the share of 5xx responses, optionally on top of `earlier`, the
codes of batches the caller already counted. It merges with `earlier =
earlier + batch`, which builds a new list and rebinds the local name, so the
shared default stays empty and each call only counts its own batch."""
import itertools

CODES = (200, 200, 201, 204, 304, 404, 500, 502, 503)
_batches = itertools.count()


def error_share(batch, earlier=[]):  # expect: HL101 refuted
    earlier = earlier + batch
    failures = sum(earlier.count(code) for code in (500, 502, 503))
    return failures / len(earlier)


def scenario():
    n = next(_batches)
    batch = [CODES[(n + i) % len(CODES)] for i in range(12 + n % 5)]
    return error_share(batch)
