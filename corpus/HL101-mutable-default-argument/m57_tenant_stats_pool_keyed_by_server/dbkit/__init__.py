"""A minimal database client with connection pooling."""
from .connection import Connection, connect
from .pool import Pool

__all__ = ["Connection", "Pool", "connect"]
