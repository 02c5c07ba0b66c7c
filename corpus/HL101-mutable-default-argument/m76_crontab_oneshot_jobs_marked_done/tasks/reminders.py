"""Reminder e-mails, scheduled one at a time when a user asks for one."""
from crontab.registry import once

OUTBOX = {"sent": 0, "last": None}


def send_reminder(address, subject):
    OUTBOX["sent"] += 1
    OUTBOX["last"] = f"To: {address}\nSubject: {subject}"


def remind(address, subject, at):
    return once(send_reminder, at, address, subject)
