"""An in-memory table with just enough SQL to test query code against."""
from .query import Select, Table, explain

__all__ = ["Select", "Table", "explain"]
