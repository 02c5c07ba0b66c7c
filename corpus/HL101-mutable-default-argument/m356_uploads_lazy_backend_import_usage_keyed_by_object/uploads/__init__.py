"""uploads: request handling; storage backends are imported lazily."""
from .api import handle

__all__ = ["handle"]
