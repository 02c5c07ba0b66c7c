"""shopdb: sessions with an identity map, repositories, a unit-of-work decorator."""
from .repository import CustomerRepository
from .session import open_session

__all__ = ["CustomerRepository", "open_session"]
