"""Notifications."""
from .alerts import page
from .mailer import send as send_mail

__all__ = ["page", "send_mail"]
