"""notifyhub: sends a message through channel plugins looked up by name."""
from .message import *
from .api import notify

__all__ = ["Message", "notify"]
