"""mailer: compose outgoing mail for the newsletter service.

The outbox is imported first; it loads the sibling modules it needs itself.
"""
from .outbox import send
from .addresses import normalize, sender_for

__all__ = ["send", "normalize", "sender_for"]

__version__ = "0.4.1"
