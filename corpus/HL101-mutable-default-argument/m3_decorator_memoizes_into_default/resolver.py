"""Resolver: the body never touches _cache; memo.memoized fills it."""
from memo import memoized


@memoized
def resolve(host, port, _cache={}):  # expect: HL101 confirmed
    labels = host.split(".")
    return f"10.0.{len(labels[0]) % 256}.{port % 256}:{port}"
