"""cms: Article (leaf) -> Page (titled node) -> Node (slug and tags)."""
from .article import Article
from .page import Page

__all__ = ["Article", "Page"]
