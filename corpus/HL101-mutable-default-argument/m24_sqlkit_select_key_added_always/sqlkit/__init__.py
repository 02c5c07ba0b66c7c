from .select import select

__all__ = ["select"]
