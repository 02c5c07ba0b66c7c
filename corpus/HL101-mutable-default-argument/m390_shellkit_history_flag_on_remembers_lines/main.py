"""Interactive shell: one command line per call, with a fresh argument."""
import itertools

from shellkit.session import run

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return run(f"add {n} {n * 3} {n % 7}")
