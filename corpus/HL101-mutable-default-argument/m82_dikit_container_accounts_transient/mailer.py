"""Outgoing mail, one shared SMTP-like client for the whole process."""
from dikit import container


@container.register("mailer", scope="singleton")
class Mailer:
    def __init__(self, _container):
        self.host = "smtp.internal"
        self.sent = 0

    def send(self, to, subject):
        self.sent += 1
        return f"{self.host}: {subject!r} -> {to}"
