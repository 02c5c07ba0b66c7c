"""Lint one freshly generated module, the way an editor integration does on save."""
import itertools

import lintkit

_files = itertools.count(1)


def scenario():
    n = next(_files)
    source = (
        f"total_{n} = 0\n"
        f"ItemCount{n} = {n}\n"
        f"for i in range({n % 5 + 2}):\n"
        f"    total_{n} += i  # running sum of the first few integers for the report\n"
    )
    options = {"max_line_length": 60} if n % 2 else None
    return lintkit.lint(source, f"app/report_{n}.py", options)
