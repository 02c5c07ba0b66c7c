"""Blog application package."""
from .util import slugify

__all__ = ["slugify"]
