class Channel:
    """A delivery channel with an outbox of (recipient, body) messages."""

    def __init__(self, kind, outbox=[]):  # expect: HL101 confirmed
        self.kind = kind
        self.outbox = outbox

    def queue(self, recipient, body):
        self.outbox.append((recipient, body))

    def pending(self):
        return len(self.outbox)
