"""Package index: project names are normalized (PEP 503) behind a small cache; non-canonical spellings are noted for the lint report."""
import itertools
import re
from functools import lru_cache

_SEPARATORS = re.compile(r"[-_.]+")


@lru_cache(maxsize=32)
def canonical_name(name, _noncanonical=set()):  # expect: HL101 confirmed
    canonical = _SEPARATORS.sub("-", name).lower()
    if canonical != name:
        _noncanonical.add(name)
    return canonical


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return canonical_name(f"Flask_Plugin.{n}")
