"""relay: mail transfer agents built from a Relay base class and header mixins."""
from .base import LocalRelay, Relay
from .mta import LmtpRelay, SmtpRelay

__all__ = ["Relay", "LocalRelay", "SmtpRelay", "LmtpRelay"]
