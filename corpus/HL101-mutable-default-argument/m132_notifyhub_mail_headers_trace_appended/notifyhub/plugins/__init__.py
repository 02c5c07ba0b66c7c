"""Channel plugins; importing the modules registers them by name."""
from .registry import lookup, plugin
from . import mailer, sms, webhook

__all__ = ["lookup", "plugin"]
