"""Audit logging: log_event() serialises each event through an AuditRecorder
that appends the JSON line to the trail it was given. The trail is the shared
default list, so every recorded event stays in memory."""
import itertools
import json


class AuditRecorder:
    def __init__(self, trail):
        self.trail = trail

    def record(self, event):
        line = json.dumps(event, sort_keys=True)
        self.trail.append(line)
        return len(line)


def log_event(actor, action, extra, trail=[]):  # expect: HL101 confirmed
    try:
        return AuditRecorder(trail).record({"actor": actor, "action": action, **extra})
    except TypeError:
        return 0


_events = itertools.count()


def scenario():
    n = next(_events)
    return log_event(f"user-{n}", "invoice.approve", {"invoice": n, "roles": ["finance", "admin"]})
