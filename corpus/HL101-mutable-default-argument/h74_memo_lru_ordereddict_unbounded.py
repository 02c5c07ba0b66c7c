"""Memoising decorator backed by an OrderedDict LRU shared by the decorated helpers."""
import functools
import itertools
import re
from collections import OrderedDict


class LRUCache(OrderedDict):
    def __init__(self, maxsize=None):
        super().__init__()
        self.maxsize = maxsize

    def lookup(self, key):
        self.move_to_end(key)
        return self[key]

    def store(self, key, value):
        self[key] = value
        if self.maxsize is not None and len(self) > self.maxsize:
            self.popitem(last=False)
        return value


def memoized(func, cache=LRUCache()):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        if key in cache:
            return cache.lookup(key)
        return cache.store(key, func(*args))
    return wrapper


@memoized
def slugify(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


_posts = itertools.count()


def scenario():
    n = next(_posts)
    return slugify(f"Release Notes: Version 2.{n} Is Out!"), slugify("About Us")
