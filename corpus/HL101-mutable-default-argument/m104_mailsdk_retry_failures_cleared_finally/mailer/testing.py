"""Fakes for tests and demos: a transport that fails before it succeeds."""
from .retry import TransientError


class FlakyTransport:
    def __init__(self, failures_first=1):
        self.failures_first = failures_first
        self.sent = []

    def post(self, path, payload):
        if self.failures_first > 0:
            self.failures_first -= 1
            raise TransientError(f"503 from {path} for {payload['to']}")
        self.sent.append(payload)
        return {"id": f"msg-{len(self.sent)}-{payload['to']}", "status": "queued"}
