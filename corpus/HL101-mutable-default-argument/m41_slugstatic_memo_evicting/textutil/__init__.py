from .slug import clear_slug_cache, slugify

__all__ = ["slugify", "clear_slug_cache"]
