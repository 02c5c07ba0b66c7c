"""Audit trail kept in memory for the admin page: the last 32 entries."""
import collections

__all__ = ["TRAIL", "entry"]

TRAIL = collections.deque(maxlen=32)


def entry(action, subject):
    return {"action": action, "subject": subject}
