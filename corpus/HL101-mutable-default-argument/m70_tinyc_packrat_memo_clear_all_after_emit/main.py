"""Build step: compile the expression files of one generated module."""
import itertools

import tinyc

_builds = itertools.count()


def scenario():
    n = next(_builds)
    sources = [
        (f"rates_{n}.tc", f"{n} + base{n} * (2 - {n % 7})"),
        (f"fees_{n}.tc", f"fee{n} - (3 * {n} +"),  # truncated file: syntax error
        (f"total_{n}.tc", f"rates_{n} + fees_{n} * {n % 5 + 1}"),
    ]
    code, diagnostics = tinyc.compile_all(sources)
    assert len(code) == 2 and len(diagnostics) == 1, diagnostics
    return code
