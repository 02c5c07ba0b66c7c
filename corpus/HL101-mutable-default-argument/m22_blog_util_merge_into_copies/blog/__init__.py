"""Blog posts and their metadata."""
from .posts import normalize_tags

__all__ = ["normalize_tags"]
