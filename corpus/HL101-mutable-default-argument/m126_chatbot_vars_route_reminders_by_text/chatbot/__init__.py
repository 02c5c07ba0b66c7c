"""chatbot: slash commands for the team chat."""
from .dispatch import handle

__all__ = ["handle"]
