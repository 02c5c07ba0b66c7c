"""Alerting: a Message exposes its recipients through a read-only property;
send_alert() adds the on-call address to the list the property returns."""
import itertools

_alerts = itertools.count()


class Message:
    def __init__(self, subject, recipients=[]):  # expect: HL101 confirmed
        self._subject = subject
        self._recipients = recipients

    @property
    def subject(self):
        return self._subject

    @property
    def recipients(self):
        return self._recipients


def send_alert(service, oncall):
    msg = Message(f"[{service}] health check failed")
    to = msg.recipients
    to.append(oncall)
    return {"to": ", ".join(to[-5:]), "subject": msg.subject}


def scenario():
    n = next(_alerts)
    return send_alert(f"svc-{n}", f"oncall-{n}@example.com")
