"""@cached_fragment memoizes a rendered fragment per row; invalidate_row drops it."""
import functools

from .deps import keys_for

__all__ = ["CACHE", "cached_fragment", "invalidate_row"]

CACHE = {}


def cached_fragment(label, template):
    def decorate(render):
        @functools.wraps(render)
        def wrapper(obj):
            key = template.format(pk=obj.pk)
            if key not in CACHE:
                CACHE[key] = render(obj)
                keys_for(label, key)  # remember the concrete key for invalidation
            return CACHE[key]

        return wrapper

    return decorate


def invalidate_row(label, pk):
    suffix = f":{pk}:"
    for key in keys_for(label):
        if suffix in key:
            CACHE.pop(key, None)
