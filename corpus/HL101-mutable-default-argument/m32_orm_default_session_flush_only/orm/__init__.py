"""A very small active-record layer."""
from .session import Session
from .model import Model

__all__ = ["Model", "Session"]
