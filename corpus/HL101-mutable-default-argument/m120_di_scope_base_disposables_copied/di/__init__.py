"""di: scopes for dependency injection."""
from .scope import Scope as BaseScope

__all__ = ["BaseScope"]
