from .app import handle

__all__ = ["handle"]
