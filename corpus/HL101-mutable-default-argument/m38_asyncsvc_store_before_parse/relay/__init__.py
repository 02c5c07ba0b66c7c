"""relay: a small asyncio message consumer."""
from .server import Server

__all__ = ["Server"]
