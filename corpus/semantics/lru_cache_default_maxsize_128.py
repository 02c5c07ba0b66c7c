"""`@lru_cache` without arguments is bounded at maxsize=128: fresh arguments per call stop growing it past 128."""
# retains: no
# oracle: calls=200
import functools
import itertools


@functools.lru_cache
def parse_version(text):
    return tuple(int(part) for part in text.split("."))


_n = itertools.count()


def scenario():
    n = next(_n)
    parse_version(f"{n}.{n % 7}.{n % 3}")
