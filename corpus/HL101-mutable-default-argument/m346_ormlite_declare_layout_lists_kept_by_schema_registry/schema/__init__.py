"""schema: the registry of tables that migrations are computed from."""
from .registry import SchemaRegistry

__all__ = ["SchemaRegistry"]
