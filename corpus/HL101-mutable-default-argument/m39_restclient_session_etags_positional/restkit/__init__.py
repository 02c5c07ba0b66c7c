"""Tiny REST client: a Session plus per-resource helper modules."""
from .session import Session

__all__ = ["Session", "connect"]


def connect(env):
    """Build a session from environment-style settings."""
    return Session.from_env(env)
