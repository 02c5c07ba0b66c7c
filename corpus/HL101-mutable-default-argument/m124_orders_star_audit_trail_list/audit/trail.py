"""Audit trail kept in memory for the admin page: every entry ever made."""
__all__ = ["TRAIL", "entry"]

TRAIL = []


def entry(action, subject):
    return {"action": action, "subject": subject}
