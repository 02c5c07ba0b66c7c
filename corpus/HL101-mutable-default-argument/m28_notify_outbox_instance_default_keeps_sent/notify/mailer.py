"""Mail sending; a process-wide outbox unless the caller brings one."""
from .transport import Outbox


def send(to, subject, body, outbox=Outbox("smtp.internal")):  # expect: HL101 confirmed
    message = {"to": to, "subject": subject, "body": body}
    outbox.deliver(message)
    return message
