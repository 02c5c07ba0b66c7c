"""CI worker: each job builds one target with the rule registered for its kind."""
import itertools

import forge

_jobs = itertools.count()
_KINDS = ("cc_binary", "py_library", "cc_library", "py_binary")


def scenario():
    n = next(_jobs)
    kind = _KINDS[n % len(_KINDS)]
    srcs = [f"src/pkg{n}/mod{i}.src" for i in range(3)]
    return forge.build(f"//pkg{n}:target", kind, srcs)
