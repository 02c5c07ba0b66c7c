from .repo import UserRepository

__all__ = ["UserRepository"]
