"""mailer: client for a transactional e-mail API."""
from .client import Mailer
from .models import Message, make_message
from .retry import RetryError, TransientError

__all__ = ["Mailer", "Message", "make_message", "RetryError", "TransientError"]
