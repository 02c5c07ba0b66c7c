"""settings: layered configuration objects."""
from .config import Config

__all__ = ["Config"]
