"""Text helpers shared by the renderers; every public name is exported."""
from .slugs import slugify, unique_slug

__all__ = [n for n in dir() if not n.startswith("_")]
