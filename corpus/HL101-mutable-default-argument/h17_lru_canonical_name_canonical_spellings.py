"""Package index: project names are normalized (PEP 503) behind a small cache; non-canonical spellings are noted for the lint report."""
import itertools
import re
from functools import lru_cache

_SEPARATORS = re.compile(r"[-_.]+")


@lru_cache(maxsize=32)
# heaplint-todo: re.Pattern.sub of a known pattern over an f-string with an unknown part is not evaluated, so `canonical != name` is undecided (heaplint: unknown)
def canonical_name(name, _noncanonical=set()):  # expect: HL101 refuted
    canonical = _SEPARATORS.sub("-", name).lower()
    if canonical != name:
        _noncanonical.add(name)
    return canonical


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    return canonical_name(f"flask-plugin-{n}")
