"""CMS: article slugs are computed by `slugify`, memoised with
`@memoize(maxsize=32)`. The decorator factory's `cache={}` default is shared,
but the wrapper stores a result only while the cache holds fewer than
`maxsize` entries; after the first 32 new titles it just computes, so the
cache stops growing even though every article has a fresh title."""
import functools
import itertools
import re

_articles = itertools.count()


def memoize(maxsize=128, cache={}):  # expect: HL101 refuted
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            key = (func.__name__,) + args
            if key in cache:
                return cache[key]
            result = func(*args)
            if len(cache) < maxsize:
                cache[key] = result
            return result
        return wrapper
    return decorate


@memoize(maxsize=32)
def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def scenario():
    n = next(_articles)
    title = f"Release notes for version 4.{n} (build #{n * 37 % 1000})"
    return f"/blog/{slugify(title)}-{n}"
