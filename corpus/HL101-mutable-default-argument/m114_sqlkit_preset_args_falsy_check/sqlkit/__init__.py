"""sqlkit: tiny SQL statement builders."""
from . import statement

__all__ = ["statement"]
