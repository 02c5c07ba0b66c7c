from .profiles import profile

__all__ = ["profile"]
