"""Audit trail: event_log() hands out the process-wide buffer of recent
audit events (a deque kept as a default) and record() appends each action
to what it got, for the admin "recent activity" page. The deque has no
maxlen, so every event ever recorded stays in it."""
import collections
import itertools

_ids = itertools.count()


def event_log(buffer=collections.deque()):  # expect: HL101 confirmed
    return buffer


def record(actor, action, target):
    log = event_log()
    log.append((actor, action, target, f"{actor} {action} {target}"))
    return log[-1][3]


def scenario():
    n = next(_ids)
    return len(record(f"user{n}", "delete", f"invoice/{n:08d}"))
