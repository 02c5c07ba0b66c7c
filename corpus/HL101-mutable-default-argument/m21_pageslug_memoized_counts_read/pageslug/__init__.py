"""URL slugs for published pages."""
from .slugs import slugify

__all__ = ["slugify"]
