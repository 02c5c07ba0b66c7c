"""Word-level diff view for deploy logs: each removed line is paired with the most
similar added line (`max` with a similarity key). The similarity memo is a dict
default keyed by the raw line pair; every log has new ids and timestamps, so
every pair is new and is cached forever."""
import difflib
import functools
import itertools

_logs = itertools.count()


def similarity(a, b, _memo={}):  # expect: HL101 confirmed
    key = (a, b)
    if key not in _memo:
        _memo[key] = difflib.SequenceMatcher(None, a, b).ratio()
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
