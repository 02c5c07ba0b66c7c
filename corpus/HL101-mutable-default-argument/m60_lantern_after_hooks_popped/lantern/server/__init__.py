from .handler import Handler

__all__ = ["Handler"]
