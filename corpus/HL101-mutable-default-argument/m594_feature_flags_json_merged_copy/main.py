"""Web shop: one request per call, each carrying its session's experiment flags."""
import itertools

from features import middleware

_ids = itertools.count()


def scenario():
    n = next(_ids)
    headers = {"X-Flags": '{"exp-%d-checkout": true, "dark_mode": %s}' % (n, "true" if n % 2 else "false")}
    return middleware.handle("/cart", headers)
