"""Paging: formats an incident and mails it through the default outbox."""
from . import mailer


def page(user, incident, severity):
    subject = f"[P{severity}] {incident} needs attention"
    body = f"Hi {user}, {incident} was assigned to you."
    message = mailer.send(f"{user}@oncall.example", subject, body)
    return message["subject"]
