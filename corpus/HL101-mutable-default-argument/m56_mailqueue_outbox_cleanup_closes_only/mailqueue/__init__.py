"""Queue outgoing mail per relay host and hand it to the sender in batches."""
from .outbox import Message, Outbox

__all__ = ["Message", "Outbox"]
