"""@cached_fragment memoizes a rendered fragment per row; invalidate_row drops it."""
import functools

from .deps import keys_for

__all__ = ["CACHE", "cached_fragment", "invalidate_row"]

CACHE = {}


def cached_fragment(label, template):
    keys_for(label, template)  # remember the key template once, at decoration time

    def decorate(render):
        @functools.wraps(render)
        def wrapper(obj):
            key = template.format(pk=obj.pk)
            if key not in CACHE:
                CACHE[key] = render(obj)
            return CACHE[key]

        return wrapper

    return decorate


def invalidate_row(label, pk):
    for template in keys_for(label):
        CACHE.pop(template.format(pk=pk), None)
