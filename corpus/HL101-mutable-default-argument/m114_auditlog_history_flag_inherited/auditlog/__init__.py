"""auditlog: recorders for security events."""
from .recorder import Recorder

__all__ = ["Recorder"]
