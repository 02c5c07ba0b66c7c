"""Pre-commit hook: lint each staged snippet with the enabled checks."""
import itertools

import lintkit

_files = itertools.count(1)


def scenario():
    n = next(_files)
    source = f"value_{n} = {n}   \nname_{n} = '{'x' * (70 + n % 20)}'\n"
    return lintkit.run(source)
