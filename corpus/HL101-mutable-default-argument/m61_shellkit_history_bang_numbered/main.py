"""Interactive shell session: each unit of work is a couple of typed commands."""
import itertools

import shellkit

_lines = itertools.count()


def scenario():
    n = next(_lines)
    echoed = shellkit.dispatch(f"echo deploy web-{n} to staging")
    shouted = shellkit.dispatch(f"upper release {n} ready")
    return echoed, shouted
