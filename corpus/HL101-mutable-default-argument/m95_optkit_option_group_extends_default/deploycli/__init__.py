"""deploycli: the deploy tool built on optkit."""
from .commands import deploy

__all__ = ["deploy"]
