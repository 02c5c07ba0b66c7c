"""Helpdesk request handlers; the router finds them by name (on_<action>)."""


def on_open(req, replies=[]):  # expect: HL101 refuted
    """Acknowledge a new ticket; the reply goes out with the next batch."""
    replies.append(f"ticket {req['id']} opened: {req['subject']}")
    return replies[-1]


def on_status(req, replies=None):
    return f"ticket {req['id']} is waiting for triage"


def on_close(req, replies=None):
    return f"ticket {req['id']} closed"
