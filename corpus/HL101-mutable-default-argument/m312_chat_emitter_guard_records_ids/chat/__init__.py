"""chat: peer connections and message guards."""
from .session import open_connection

__all__ = ["open_connection"]
