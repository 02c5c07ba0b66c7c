from .decorators import auditable

__all__ = ["auditable"]
