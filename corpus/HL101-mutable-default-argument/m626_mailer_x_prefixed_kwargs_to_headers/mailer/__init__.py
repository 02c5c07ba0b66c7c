"""mailer: single messages and newsletters built on one header splitter."""
from .bulk import newsletter
from .compose import compose

__all__ = ["compose", "newsletter"]
