class Mailer:
    """Builds messages; subclasses decide how they leave the process."""

    def __init__(self, sender="noreply@example.com", outbox=[]):  # expect: HL101 confirmed
        self.sender = sender
        self.outbox = outbox

    def send(self, to, subject, body):
        message = {"from": self.sender, "to": to, "subject": subject, "body": body}
        self.deliver(message)
        return message

    def deliver(self, message):
        self.outbox.append(message)


class RelayMailer(Mailer):
    def __init__(self, relay, sender="noreply@example.com"):
        super().__init__(sender)
        self.relay = relay

    def deliver(self, message):
        self.relay(message)
