"""notify: fan a message out to every subscribed channel."""
from .dispatcher import Dispatcher, bus
from . import mail, sms  # noqa: F401  (channel modules subscribe themselves to the bus)
from .sms import text_only

__all__ = ["Dispatcher", "bus", "text_only"]
