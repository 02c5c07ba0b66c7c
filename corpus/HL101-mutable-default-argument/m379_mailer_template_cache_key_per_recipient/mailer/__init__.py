"""mailer: render transactional emails from string.Template sources."""
from .loader import *
from .sender import send_welcome

__all__ = ["get_template", "send_welcome"]
