"""lru_cache(maxsize=16) on a function called with fresh arguments stays bounded at 16 entries."""
# retains: no
import functools
import itertools

_ids = itertools.count()


@functools.lru_cache(maxsize=16)
def slugify(title):
    return "-".join(title.lower().split())


def scenario():
    slugify(f"Release Notes {next(_ids)}")
