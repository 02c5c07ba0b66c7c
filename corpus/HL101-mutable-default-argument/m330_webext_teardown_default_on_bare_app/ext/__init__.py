"""ext: extensions that hook into an App."""
from .session import SessionStore as Sessions

__all__ = ["Sessions"]
