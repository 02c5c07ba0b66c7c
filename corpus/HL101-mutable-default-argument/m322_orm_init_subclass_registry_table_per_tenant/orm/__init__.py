"""orm: a declarative base and SQL rendering."""
from .base import Model
from .sql import insert_sql

__all__ = ["Model", "insert_sql"]
