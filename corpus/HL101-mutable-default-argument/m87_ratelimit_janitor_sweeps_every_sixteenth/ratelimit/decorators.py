"""@rate_limited(bucket): reject a view call when the client has no tokens left."""
import functools
import itertools

from . import janitor


class TooManyRequests(Exception):
    pass


def rate_limited(bucket, sweep_every=16):
    def decorate(view):
        calls = itertools.count(1)

        @functools.wraps(view)
        def wrapper(request):
            now = request["ts"]
            if next(calls) % sweep_every == 0:
                janitor.sweep(bucket, now)  # every few calls: free idle buckets
            if not bucket.take(request["client"], now):
                raise TooManyRequests(request["client"])
            return view(request)

        return wrapper

    return decorate
