"""View decorators: give each request a scratch cache for repeated lookups."""
import functools

from .backend import LocMemBackend


def request_cache(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        cache = request["cache"] = LocMemBackend(namespace=request["id"])
        try:
            return view(request, *args, **kwargs)
        finally:
            cache.clear()  # the request is over: nothing cached for it is valid any more

    return wrapper
