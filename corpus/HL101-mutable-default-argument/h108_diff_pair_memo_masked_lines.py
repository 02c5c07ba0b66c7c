"""Word-level diff view for deploy logs: each removed line is paired with the most
similar added line (`max` with a similarity key). The similarity memo is a dict
default keyed by the line pair with every number masked, so the new ids and
timestamps of each log map to the same few line shapes."""
import difflib
import functools
import itertools
import re

_logs = itertools.count()
NUMBERS = re.compile(r"\d+")


# heaplint-todo: called with new arguments as outside code would call it, similarity grows it; but this application uses similarity as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def similarity(a, b, _memo={}):  # expect: HL101 refuted
    key = (NUMBERS.sub("#", a), NUMBERS.sub("#", b))
    if key not in _memo:
        _memo[key] = difflib.SequenceMatcher(None, *key).ratio()
    return _memo[key]


def pair_lines(removed, added, cutoff=0.6):
    pairs = []
    for old in removed:
        best = max(added, key=functools.partial(similarity, old), default=None)
        if best is not None and similarity(old, best) >= cutoff:
            pairs.append((old, best))
    return pairs


def scenario():
    n = next(_logs)
    stamp = "%02d:%02d" % (n // 60 % 24, n % 60)
    removed = ["%s deploy web-%d ok" % (stamp, n), "%s restart worker-%d" % (stamp, n)]
    added = ["%s deploy web-%d failed" % (stamp, n), "%s rollback web-%d" % (stamp, n)]
    return pair_lines(removed, added)
