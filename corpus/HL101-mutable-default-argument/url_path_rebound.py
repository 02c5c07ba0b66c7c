"""URL builder: the default prefix list is never mutated, only rebound."""
import itertools


def build_path(segment, parts=["api", "v2"]):  # expect: HL101 refuted
    parts = parts + [segment]
    return "/" + "/".join(parts)


_ids = itertools.count()


def scenario():
    n = next(_ids)
    build_path(f"orders/{n}")
