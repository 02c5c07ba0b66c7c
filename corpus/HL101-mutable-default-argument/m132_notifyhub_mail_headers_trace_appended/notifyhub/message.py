"""Message: one notice to one recipient, with a process-unique id."""
import itertools
from dataclasses import dataclass, field

__all__ = ["Message"]
_ids = itertools.count(1)


@dataclass
class Message:
    to: str
    text: str
    msg_id: str = field(default_factory=lambda: f"msg-{next(_ids)}")
