from . import stdlib_values

__all__ = ["stdlib_values"]
