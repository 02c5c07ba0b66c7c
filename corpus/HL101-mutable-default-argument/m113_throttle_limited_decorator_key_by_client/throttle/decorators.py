"""@limited(route, per=N): a decorator factory whose wrapper counts hits per route and client."""
import functools

from .buckets import hit as _count_hit

__all__ = ["limited"]


def limited(route, per=100):
    def decorate(view):
        @functools.wraps(view)
        def wrapper(client, *args):
            hits = _count_hit(f"{route}:{client}")
            response = view(client, *args)
            response["remaining"] = max(0, per - hits)
            return response
        return wrapper
    return decorate
