"""Audit logging: the last events are kept in a collections.deque default
for the admin "recent activity" panel. The deque has maxlen=10**6, far
more events than this process records, so nothing is ever dropped and the
deque keeps every event."""
import collections
import itertools

_ids = itertools.count()


def audit(actor, action, target, _tail=collections.deque(maxlen=10**6)):  # expect: HL101 confirmed
    event = {"actor": actor, "action": action, "target": target}
    _tail.append(event)
    return len(_tail)


def scenario():
    n = next(_ids)
    return audit(f"admin-{n % 7}", "update", f"/api/v2/projects/{n}/settings")
