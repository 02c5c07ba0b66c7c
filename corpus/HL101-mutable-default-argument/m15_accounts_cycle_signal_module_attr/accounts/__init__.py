"""Accounts app: models save themselves and fire post-save signals."""
from .models import User

__all__ = ["User"]
