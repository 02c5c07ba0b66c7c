from . import chat, mailer

__all__ = ["chat", "mailer"]
