"""slugkit: URL slugs for titles, with a table-driven fast path."""
from .core import normalize, slugify
from .accel import transliterate

__all__ = ["normalize", "slugify", "transliterate"]
