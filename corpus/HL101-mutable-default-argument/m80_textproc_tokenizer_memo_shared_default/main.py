"""Notebook server: each request parses one freshly submitted cell."""
import itertools

import textproc

_cells = itertools.count()


def scenario():
    n = next(_cells)
    source = (
        f"let total{n} = {n} * 3\n"
        "\n"
        f"if total{n} == {n}:  # sanity check\n"
        f"    print total{n}\n"
    )
    statements = textproc.parse(source)
    return [s.keyword for s in statements]
