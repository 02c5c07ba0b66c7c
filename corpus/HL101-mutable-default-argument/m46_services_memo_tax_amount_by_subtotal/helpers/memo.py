"""Memoisation helper: compute(key) once per key and cache the result."""


def memoized_call(key, compute, cache={}):  # expect: HL101 confirmed
    try:
        return cache[key]
    except KeyError:
        value = cache[key] = compute(key)
        return value
