from .client import Session, connect
from .retry import RetryPolicy

__all__ = ["Session", "connect", "RetryPolicy"]
