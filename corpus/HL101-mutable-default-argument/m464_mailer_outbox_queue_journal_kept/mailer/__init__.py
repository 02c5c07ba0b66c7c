"""mailer: outgoing mail through a pluggable transport."""
from .outbox import send
from .transport import MemoryTransport

__all__ = ["MemoryTransport", "send"]
