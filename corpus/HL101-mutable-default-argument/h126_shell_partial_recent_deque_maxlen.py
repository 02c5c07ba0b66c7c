"""Interactive shell completer: `complete` is bound per completion kind with
functools.partial, ranks the words used recently first (sorted with a key)
and pushes each completed word on a deque default holding that history.
The deque has a maxlen, so only the latest 32 completions are kept however
many sessions complete new hosts and users."""
import collections
import functools
import itertools

_runs = itertools.count()


def complete(text, vocabulary, kind, recent=collections.deque(maxlen=32)):  # expect: HL101 refuted
    matches = sorted((w for w in vocabulary if w.startswith(text)), key=lambda w: (w not in recent, w))
    if matches:
        recent.appendleft(matches[0])
    return ["%s:%s" % (kind, w) for w in matches]


complete_host = functools.partial(complete, kind="host")
complete_user = functools.partial(complete, kind="user")


def scenario():
    n = next(_runs)
    hosts = ["db-%d" % n, "db-%d-replica" % n, "cache-%d" % n]
    users = ["deploy", "admin", "ci-%d" % n]
    return complete_host("db-%d" % n, hosts), complete_user("ci", users)
