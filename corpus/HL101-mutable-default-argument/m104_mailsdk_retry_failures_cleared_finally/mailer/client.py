from .models import make_message
from .retry import retrying


class Mailer:
    """Sends messages through `transport.post(path, payload) -> dict`."""

    def __init__(self, transport, sender):
        self.transport = transport
        self.sender = sender

    @retrying(times=3)
    def _post(self, payload):
        return self.transport.post("/v3/messages", payload)

    def send(self, to, subject, body, tags=()):
        message = make_message(self.sender, to, subject, body, tags)
        reply = self._post(message.as_payload())
        return reply["id"]
