"""mailer: message composition with process-wide default options."""
from .compose import compose as build_message

__all__ = ["build_message"]
