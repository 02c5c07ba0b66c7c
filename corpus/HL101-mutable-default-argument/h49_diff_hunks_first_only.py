"""Line diff for config-drift reports: groups changed lines into hunks."""
import itertools

_ids = itertools.count()


# heaplint-todo: `rstrip()` of lines of unknown text compared: whether a hunk is pending is not decided (heaplint: unknown)
def iter_hunks(old, new, _pending=[]):  # expect: HL101 confirmed
    pairs = itertools.zip_longest(old, new, fillvalue="")
    for lineno, (before, after) in enumerate(pairs, 1):
        if before.rstrip() != after.rstrip():
            _pending.append((lineno, before, after))
            continue
        if _pending:
            yield tuple(_pending)
            _pending.clear()
    if _pending:
        yield tuple(_pending)
        _pending.clear()


def first_drift(old_text, new_text):
    """The CLI's --brief mode: report only where the first changed region starts."""
    hunk = next(iter_hunks(old_text.splitlines(), new_text.splitlines()), None)
    if hunk is None:
        return "in sync"
    return "drift at line %d (%d lines)" % (hunk[0][0], len(hunk))


def scenario():
    n = next(_ids)
    deployed = "host = db-%d\nport = 5432\npool = 10\n" % n
    desired = "host = db-%d\nport = 5432\npool = 20\n" % (n + 1)
    return [first_drift(deployed, desired), first_drift(desired, desired)]
