"""@rate_limited(bucket): reject a view call when the client has no tokens left."""
import functools

from . import janitor


class TooManyRequests(Exception):
    pass


def rate_limited(bucket):
    def decorate(view):
        @functools.wraps(view)
        def wrapper(request):
            now = request["ts"]
            if not bucket.take(request["client"], now):
                janitor.sweep(bucket, now)  # under pressure: free idle buckets
                raise TooManyRequests(request["client"])
            return view(request)

        return wrapper

    return decorate
