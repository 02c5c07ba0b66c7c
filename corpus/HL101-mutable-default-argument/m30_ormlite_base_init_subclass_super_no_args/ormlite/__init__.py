"""A very small ORM: models track their changes, a session flushes them."""
from .models import Product, User
from .session import Session

__all__ = ["Product", "Session", "User"]
