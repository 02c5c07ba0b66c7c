"""Shop JSON API, two versions side by side."""
from .app import handle

__all__ = ["handle"]
