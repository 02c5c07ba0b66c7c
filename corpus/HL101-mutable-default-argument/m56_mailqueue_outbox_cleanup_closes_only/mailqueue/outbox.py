class Message:
    __slots__ = ("to", "subject", "body")

    def __init__(self, to, subject, body=""):
        self.to = to
        self.subject = subject
        self.body = body


class Outbox:
    def __init__(self, host):
        self.host = host
        self.queued = []
        self.closed = False

    def send(self, message):
        if self.closed:
            raise RuntimeError(f"outbox for {self.host} is closed")
        self.queued.append(message)
        return len(self.queued)

    def flush(self):
        batch, self.queued = self.queued, []
        return batch

    def close(self):
        self.queued.clear()
        self.closed = True
