"""Widget toolkit core."""
from .base import Widget

__all__ = ["Widget"]
