from .mailer import Mailer, RelayMailer

__all__ = ["Mailer", "RelayMailer"]
