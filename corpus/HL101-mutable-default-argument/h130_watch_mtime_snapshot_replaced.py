"""Polling file watcher: `poll_changes()` compares the current mtime snapshot
of a watched tree with the previous one, kept in a default dict between
polls, and reports created, modified and deleted paths. After diffing, the
previous snapshot is replaced in place: cleared, then filled from current."""
import itertools

_ticks = itertools.count()
IGNORED = ("~", ".swp")


def poll_changes(current, previous={}):  # expect: HL101 refuted
    created = sorted(path for path in current if path not in previous)
    modified = sorted((path for path in current if path in previous and previous[path] != current[path]),
                      key=current.get)
    deleted = sorted(path for path in previous if path not in current)
    previous.clear()
    previous.update(current)
    return created, modified, deleted


def snapshot(listing):
    return {path: mtime for path, mtime in listing if not path.endswith(IGNORED)}


def scenario():
    n = next(_ticks)
    listing = [("/srv/app/main.py", 1700000000 + n), ("/srv/app/.build-%d.tmp" % n, 1700000000),
               ("/srv/app/main.py~", n)]
    created, modified, deleted = poll_changes(snapshot(listing))
    latest = max(created + modified, key=len, default=None)
    return "%s (+%d, -%d)" % (latest, len(created), len(deleted))
