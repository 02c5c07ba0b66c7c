"""Dev server: takes the first free port from the preferred one on; exhausted ranges are remembered for the startup report."""
import itertools


def pick_port(taken, preferred=8000, span=4, _exhausted=[]):  # expect: HL101 refuted
    port = preferred
    while port < preferred + span:
        if port not in taken:
            break
        port += 1
    else:
        _exhausted.append((preferred, sorted(taken)))
        return None
    return port


_workers = itertools.count()


def scenario():
    n = next(_workers)
    base = 8000 + (n % 500) * 10
    taken = {base, base + 1, base + 2, base + 5}
    return pick_port(taken, base)
