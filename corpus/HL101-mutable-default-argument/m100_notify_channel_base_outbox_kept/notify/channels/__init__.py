"""Delivery channels."""
from .base import Channel
from .mailer import MailChannel

__all__ = ["Channel", "MailChannel"]
