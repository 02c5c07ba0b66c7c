"""Outgoing mail; acme_ext is a namespace package (no __init__.py)."""
from .templates import WELCOME, render

SENDER = "noreply@example.org"


def compose(to, subject, body, cc=[]):  # expect: HL101 confirmed
    recipients = cc
    recipients.append(to)
    return {"From": SENDER, "To": ", ".join(recipients), "Subject": subject, "Body": body}


def send_welcome(user):
    body = render(WELCOME, name=user["name"], email=user["email"])
    return compose(user["email"], "Welcome!", body)
