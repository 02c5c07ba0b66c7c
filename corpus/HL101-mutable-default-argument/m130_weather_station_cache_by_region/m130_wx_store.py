"""Tiny mapping helpers used by the resolver."""


def get(cache, key):
    return cache.get(key)


def put(cache, key, value):
    cache[key] = value
    return value
