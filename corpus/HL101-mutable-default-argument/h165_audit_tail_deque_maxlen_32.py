"""Audit logging: the last events are kept in a collections.deque default
for the admin "recent activity" panel. The deque has maxlen=32, so each
append past 32 drops the oldest event and the deque stays bounded."""
import collections
import itertools

_ids = itertools.count()


def audit(actor, action, target, _tail=collections.deque(maxlen=32)):  # expect: HL101 refuted
    event = {"actor": actor, "action": action, "target": target}
    _tail.append(event)
    return len(_tail)


def scenario():
    n = next(_ids)
    return audit(f"admin-{n % 7}", "update", f"/api/v2/projects/{n}/settings")
