"""Maintenance: drop memoized lookups (after a price import, between test cases)."""
from . import service


def clear_caches():
    for fn in service.MEMOIZED:
        fn.cache = {}
