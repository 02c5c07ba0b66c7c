from .repos import UserRepository

__all__ = ["UserRepository"]
