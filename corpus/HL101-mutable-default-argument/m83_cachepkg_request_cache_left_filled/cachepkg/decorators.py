"""View decorators: give each request a scratch cache for repeated lookups."""
import functools

from .backend import LocMemBackend


def request_cache(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        request["cache"] = LocMemBackend(namespace=request["id"])
        return view(request, *args, **kwargs)

    return wrapper
