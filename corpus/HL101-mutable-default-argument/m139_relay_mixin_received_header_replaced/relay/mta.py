"""Network relays: SMTP adds a Received hop, LMTP hands over to the local store."""
from .base import LocalRelay, Relay
from .mixins import DateMixin, ReceivedMixin


class SmtpRelay(ReceivedMixin, DateMixin, Relay):
    protocol = "ESMTP"


class LmtpRelay(DateMixin, LocalRelay):
    protocol = "LMTP"
