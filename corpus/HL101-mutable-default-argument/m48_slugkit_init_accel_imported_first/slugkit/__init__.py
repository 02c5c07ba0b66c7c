"""slugkit: URL slugs for titles, with a table-driven fast path."""
from .accel import transliterate
from .core import normalize, slugify

__all__ = ["normalize", "slugify", "transliterate"]
